namespace Streamflix.Encoder.Ingest;

public static class IngestExtensions
{
    public static IHostApplicationBuilder AddMediaIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UploadedSourceStore>();
        return builder;
    }
}
