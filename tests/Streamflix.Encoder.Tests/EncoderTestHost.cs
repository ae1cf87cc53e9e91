using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.Encoder.Encoding;
using Streamflix.Encoder.Events;
using Streamflix.Encoder.Ingest;
using Streamflix.Encoder.Media;
using Streamflix.EventBus;

namespace Streamflix.Encoder.Tests;

/// <summary>
/// The encoder's own registrations (real ffmpeg/ffprobe) with the bus and origin replaced by
/// recorders, in a temporary folder that is deleted afterwards.
/// </summary>
public sealed class EncoderTestHost : IDisposable
{
    public const string WriteKey = "test-write-key";

    private readonly ServiceProvider _services;

    public EncoderTestHost(int segmentSeconds = 4, string? ffmpegPath = null, long maxUploadBytes = 512L * 1024 * 1024)
    {
        Root = Path.Combine(Path.GetTempPath(), "streamflix-encoder-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Encoder:WorkPath"] = WorkPath,
            ["Encoder:UploadPath"] = UploadPath,
            ["Encoder:SegmentSeconds"] = segmentSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Encoder:FfmpegPath"] = ffmpegPath ?? "ffmpeg",
            ["Encoder:MaxUploadBytes"] = maxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Origin:WriteKey"] = WriteKey,
        });
        builder.AddEncoding();
        builder.AddOriginUploads();
        builder.AddMediaIngest();
        builder.Services.AddTransient<MediaIngestService>();
        builder.Services.AddHttpClient<OriginClient>().ConfigurePrimaryHttpMessageHandler(() => Origin);
        builder.Services.AddSingleton<IEventPublisher>(Publisher);
        builder.Services.AddTransient<EncodeRequestedHandler>();
        _services = builder.Services.BuildServiceProvider();
    }

    public string Root { get; }

    public string WorkPath => Path.Combine(Root, "work");

    public string UploadPath => Path.Combine(Root, "uploads");

    public RecordingPublisher Publisher { get; } = new();

    public FakeOrigin Origin { get; } = new();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A small real video (320x180, demo pattern, tone) stored where the upload endpoint would put it.</summary>
    public async Task<string> CreateUploadedSourceAsync(int seconds = 6)
    {
        var folder = Path.Combine(UploadPath, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "source.mp4");
        // The real ffmpeg even when the host's FfmpegPath is a stand-in.
        var arguments = DemoSourceArguments.Build(DemoPattern.Choose("upload"), "Uploaded", seconds, 320, 180, null, path);
        var result = await Get<ToolProcess>().RunAsync("ffmpeg", arguments, null, lowPriority: false, CancellationToken.None);
        Assert.True(result.Succeeded, result.FailureReason("ffmpeg"));
        return path;
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
