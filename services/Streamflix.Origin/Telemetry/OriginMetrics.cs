using System.Diagnostics.Metrics;

namespace Streamflix.Origin.Telemetry;

/// <summary>Meter "Streamflix.Origin": what the origin serves and stores.</summary>
public sealed class OriginMetrics
{
    public const string MeterName = "Streamflix.Origin";

    private readonly Counter<long> _bytesServed;
    private readonly Counter<long> _bytesWritten;
    private readonly Counter<long> _requests;

    public OriginMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _bytesServed = meter.CreateCounter<long>("streamflix.origin.bytes_served", "By", "Body bytes sent for media GETs");
        _bytesWritten = meter.CreateCounter<long>("streamflix.origin.bytes_written", "By", "Bytes stored by PUTs");
        _requests = meter.CreateCounter<long>("streamflix.origin.requests", "{request}", "Media requests by method and status");
    }

    public void BytesWritten(long bytes) => _bytesWritten.Add(bytes);

    public void RequestCompleted(string method, int status, long? bytesSent)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("http.request.method", method), new KeyValuePair<string, object?>("http.response.status_code", status));
        if (bytesSent is > 0 && HttpMethods.IsGet(method))
        {
            _bytesServed.Add(bytesSent.Value);
        }
    }
}
