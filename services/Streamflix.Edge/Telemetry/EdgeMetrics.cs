using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Heartbeat;

namespace Streamflix.Edge.Telemetry;

/// <summary>
/// Meter "Streamflix.Edge", every measurement tagged with the edge's name. Hits and misses are also
/// kept as totals because the heartbeat reports the ratio.
/// </summary>
public sealed class EdgeMetrics
{
    /// <summary>Values of the <c>streamflix.refusal</c> tag on plan-cap refusals.</summary>
    public static class CapRefusal
    {
        public const string AboveCap = "rendition_above_cap";
        public const string NoRendition = "no_rendition_in_plan";
    }

    public const string MeterName = "Streamflix.Edge";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _bytesServed;
    private readonly Counter<long> _capRefusals;
    private readonly Counter<long> _cappedPlaylists;
    private readonly KeyValuePair<string, object?> _edgeTag;
    private long _hitCount;
    private long _missCount;

    public EdgeMetrics(
        IMeterFactory meterFactory, IOptions<EdgeOptions> options, EdgeCache cache, OriginFetcher fetcher, SegmentReadAhead readAhead, EdgeLoad load)
    {
        _edgeTag = new("streamflix.edge", options.Value.Name);
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("streamflix.edge.cache.hits", "{request}", "Requests served from the edge cache");
        _misses = meter.CreateCounter<long>("streamflix.edge.cache.misses", "{request}", "Requests that went to the origin");
        _bytesServed = meter.CreateCounter<long>("streamflix.edge.bytes_served", "By", "Body bytes sent to viewers");
        _capRefusals = meter.CreateCounter<long>("streamflix.edge.plan_cap.refusals", "{request}", "Requests refused because the viewer's plan caps the rendition height below what was asked");
        _cappedPlaylists = meter.CreateCounter<long>("streamflix.edge.plan_cap.filtered_playlists", "{response}", "Master playlists served without the variants above the viewer's plan cap");
        meter.CreateObservableCounter("streamflix.edge.origin_bytes_fetched", () => new Measurement<long>(fetcher.OriginBytesFetched, _edgeTag), "By", "Bytes filled from the origin");
        meter.CreateObservableCounter("streamflix.edge.read_ahead.fills", () => ReadAheadFills(readAhead), "{fill}",
            "Segment read-ahead fills by outcome: started, completed, failed, skipped (all read-ahead fills already running)");
        meter.CreateObservableGauge("streamflix.edge.cache.hit_ratio", () => new Measurement<double>(HitRatio, _edgeTag), null, "Hits / (hits + misses) since start");
        meter.CreateObservableGauge("streamflix.edge.cache.bytes", () => new Measurement<long>(cache.CachedBytes, _edgeTag), "By", "Bytes held in the cache");
        meter.CreateObservableUpDownCounter("streamflix.edge.active_requests", () => new Measurement<int>(load.ActiveRequests, _edgeTag), "{request}", "Media requests in progress");
    }

    public double HitRatio
    {
        get
        {
            var hits = Interlocked.Read(ref _hitCount);
            var total = hits + Interlocked.Read(ref _missCount);
            return total == 0 ? 0 : (double)hits / total;
        }
    }

    public void Lookup(bool hit)
    {
        if (hit)
        {
            Interlocked.Increment(ref _hitCount);
            _hits.Add(1, _edgeTag);
        }
        else
        {
            Interlocked.Increment(ref _missCount);
            _misses.Add(1, _edgeTag);
        }
    }

    /// <param name="reason"><see cref="CapRefusal.AboveCap"/> for a rendition above the plan, <see cref="CapRefusal.NoRendition"/> for a master with nothing the plan allows.</param>
    public void CapRefused(string reason, int maxHeight) =>
        _capRefusals.Add(1, _edgeTag, new("streamflix.refusal", reason), new("streamflix.max_height", maxHeight));

    public void PlaylistCapped(int maxHeight) =>
        _cappedPlaylists.Add(1, _edgeTag, new("streamflix.max_height", maxHeight));

    private Measurement<long>[] ReadAheadFills(SegmentReadAhead readAhead) =>
    [
        new(readAhead.FillsStarted, _edgeTag, new("streamflix.outcome", "started")),
        new(readAhead.FillsCompleted, _edgeTag, new("streamflix.outcome", "completed")),
        new(readAhead.FillsFailed, _edgeTag, new("streamflix.outcome", "failed")),
        new(readAhead.FillsSkipped, _edgeTag, new("streamflix.outcome", "skipped")),
    ];

    public void BytesServed(long bytes)
    {
        if (bytes > 0)
        {
            _bytesServed.Add(bytes, _edgeTag);
        }
    }
}
