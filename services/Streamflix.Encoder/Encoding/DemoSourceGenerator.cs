using Microsoft.Extensions.Options;

namespace Streamflix.Encoder.Encoding;

/// <summary>Draws a demo title with ffmpeg's lavfi sources: real video without any content on disk or the internet.</summary>
public sealed class DemoSourceGenerator(ToolProcess tool, IOptions<EncoderOptions> options)
{
    public const int Width = 1280;
    public const int Height = 720;

    public async Task<ToolResult> GenerateAsync(
        string titleId, string titleName, int durationSeconds, string outputPath, CancellationToken cancellationToken,
        int width = Width, int height = Height)
    {
        // Without fonts-dejavu-core drawtext falls back to fontconfig's default font.
        var font = File.Exists(DemoSourceArguments.DefaultFontFile) ? DemoSourceArguments.DefaultFontFile : null;
        var arguments = DemoSourceArguments.Build(
            DemoPattern.Choose(titleId), titleName, durationSeconds, width, height, font, outputPath);
        return await tool.RunAsync(options.Value.FfmpegPath, arguments, null, options.Value.LowPriority, cancellationToken);
    }
}
