using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Streamflix.Encoder.Encoding;

/// <summary>The encoder's spans and metrics (ServiceDefaults subscribes to "Streamflix.*").</summary>
public static class EncoderTelemetry
{
    public const string Name = "Streamflix.Encoder";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    // Jobs in progress only: a finished title drops out, so the dashboard shows what is running now.
    private static readonly ConcurrentDictionary<string, double> Progress = new();

    public static readonly ObservableGauge<double> JobProgress = Meter.CreateObservableGauge(
        "streamflix.encoder.job.progress",
        () => Progress.Select(p => new Measurement<double>(p.Value, new KeyValuePair<string, object?>("title", p.Key))),
        unit: "%",
        description: "Encode progress of the jobs running now, per title.");

    public static readonly Counter<long> JobsCompleted = Meter.CreateCounter<long>(
        "streamflix.encoder.jobs.completed", unit: "{job}", description: "Ladders encoded and on origin.");

    public static readonly Counter<long> JobsFailed = Meter.CreateCounter<long>(
        "streamflix.encoder.jobs.failed", unit: "{job}", description: "Jobs refused for good (bad source, ffmpeg error); origin outages are retried, not counted.");

    public static readonly Histogram<double> EncodeSeconds = Meter.CreateHistogram<double>(
        "streamflix.encoder.encode.duration", unit: "s", description: "Wall time of the ffmpeg ladder pass.");

    public static void ReportProgress(string titleId, double percent) => Progress[titleId] = percent;

    public static void EndJob(string titleId) => Progress.TryRemove(titleId, out _);
}
