namespace Streamflix.Encoder.Media;

public static class OriginExtensions
{
    /// <summary>Typed client for origin's write API ("Origin:WriteKey"); discovery and resilience come from ServiceDefaults.</summary>
    public static IHostApplicationBuilder AddOriginUploads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OriginOptions>().BindConfiguration(OriginOptions.SectionName);
        builder.Services.AddHttpClient<OriginClient>(http => http.BaseAddress = new Uri(OriginClient.BaseAddress));
        builder.Services.AddTransient<OriginUploader>();
        return builder;
    }
}
