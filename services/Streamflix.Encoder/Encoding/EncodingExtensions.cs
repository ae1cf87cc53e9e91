using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Encoder.Encoding;

public static class EncodingExtensions
{
    /// <summary>ffmpeg/ffprobe runners, the demo generator and the ladder; options from "Encoder".</summary>
    public static IHostApplicationBuilder AddEncoding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EncoderOptions>()
            .BindConfiguration(EncoderOptions.SectionName)
            .Validate(o => o.SegmentSeconds is >= 1 and <= 10, "Encoder:SegmentSeconds must be 1..10.")
            .Validate(o => o.UploadParallelism is >= 1 and <= 32, "Encoder:UploadParallelism must be 1..32.")
            .Validate(o => o.MaxUploadBytes > 0, "Encoder:MaxUploadBytes must be positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ToolProcess>();
        builder.Services.AddSingleton<MediaProber>();
        builder.Services.AddSingleton<DemoSourceGenerator>();
        builder.Services.AddSingleton<RenditionInspector>();
        builder.Services.AddSingleton<LadderEncoder>();
        return builder;
    }
}
