using System.Diagnostics.Metrics;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Telemetry;

/// <summary>Meter "Streamflix.Playback": plays, refusals by reason, time to authorize, leases lost.</summary>
public sealed class PlaybackMetrics
{
    public const string MeterName = "Streamflix.Playback";

    private readonly Counter<long> _playsStarted;
    private readonly Counter<long> _refusals;
    private readonly Histogram<double> _authorizeDuration;
    private readonly Counter<long> _leasesLost;

    public PlaybackMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _playsStarted = meter.CreateCounter<long>("streamflix.playback.plays_started", "{play}", "Sessions started (authorized, leased, steered)");
        _refusals = meter.CreateCounter<long>("streamflix.playback.refusals", "{refusal}", "Playback refused, by reason");
        _authorizeDuration = meter.CreateHistogram<double>("streamflix.playback.authorize.duration", "s",
            "From StartPlayback's arrival to its manifest or refusal",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _leasesLost = meter.CreateCounter<long>("streamflix.playback.leases_lost", "{session}",
            "Heartbeats that found their lease expired (the player must start again)");
    }

    public void PlayStarted(string planId, string edge) =>
        _playsStarted.Add(1, new KeyValuePair<string, object?>("streamflix.plan", planId), new KeyValuePair<string, object?>("streamflix.edge", edge));

    public void Refused(RefusalReason reason) =>
        _refusals.Add(1, new KeyValuePair<string, object?>("streamflix.playback.reason", reason.WireName()));

    public void Authorized(TimeSpan elapsed, string outcome) =>
        _authorizeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("streamflix.playback.outcome", outcome));

    public void LeaseLost() => _leasesLost.Add(1);
}
