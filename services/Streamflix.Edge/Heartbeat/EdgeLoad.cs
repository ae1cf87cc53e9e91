namespace Streamflix.Edge.Heartbeat;

/// <summary>
/// Current load for steering: requests in progress and bytes sent over the last second. The rate is a
/// ring of ten 100 ms buckets, so it slides smoothly instead of jumping once a second.
/// </summary>
public sealed class EdgeLoad(TimeProvider time)
{
    private const int Buckets = 10;
    private readonly Lock _gate = new();
    private readonly long[] _bucketBytes = new long[Buckets];
    private readonly long[] _bucketSlot = new long[Buckets];
    private readonly long _ticksPerSlot = Math.Max(1, time.TimestampFrequency / Buckets);
    private int _active;
    private long _totalBytes;

    public int ActiveRequests => Volatile.Read(ref _active);

    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public RequestScope BeginRequest()
    {
        Interlocked.Increment(ref _active);
        return new RequestScope(this);
    }

    public void RecordBytes(long bytes)
    {
        if (bytes <= 0)
        {
            return;
        }

        Interlocked.Add(ref _totalBytes, bytes);
        var slot = CurrentSlot();
        var index = (int)(slot % Buckets);
        lock (_gate)
        {
            if (_bucketSlot[index] != slot)
            {
                _bucketSlot[index] = slot;
                _bucketBytes[index] = 0;
            }

            _bucketBytes[index] += bytes;
        }
    }

    /// <summary>Bytes recorded in the current 100 ms bucket and the nine before it.</summary>
    public long BytesPerSecond
    {
        get
        {
            var slot = CurrentSlot();
            long sum = 0;
            lock (_gate)
            {
                for (var i = 0; i < Buckets; i++)
                {
                    if (slot - _bucketSlot[i] < Buckets)
                    {
                        sum += _bucketBytes[i];
                    }
                }
            }

            return sum;
        }
    }

    private long CurrentSlot() => time.GetTimestamp() / _ticksPerSlot;

    private void EndRequest() => Interlocked.Decrement(ref _active);

    public readonly struct RequestScope(EdgeLoad load) : IDisposable
    {
        public void Dispose() => load.EndRequest();
    }
}
