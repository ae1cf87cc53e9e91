namespace Streamflix.Edge.Prefill;

public static class EdgePrefillExtensions
{
    public static IHostApplicationBuilder AddEdgePrefill(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EdgePrefill>();
        return builder;
    }
}
