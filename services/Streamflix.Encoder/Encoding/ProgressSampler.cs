namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Decides which progress readings become events: ffmpeg reports twice a second, which would flood
/// the bus for nothing. A reading is published when it is 10 points past the last one published,
/// or 3 s have passed and it moved at all; 100 % is always published, once.
/// </summary>
public sealed class ProgressSampler(TimeSpan start)
{
    public const double PercentStep = 10;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private double _lastPercent;
    private TimeSpan _lastAt = start;
    private bool _completed;

    public bool ShouldPublish(double percent, TimeSpan now)
    {
        if (_completed)
        {
            return false;
        }

        var publish = percent >= 100
            || percent - _lastPercent >= PercentStep
            || (percent > _lastPercent && now - _lastAt >= Interval);
        if (publish)
        {
            _lastPercent = percent;
            _lastAt = now;
            _completed = percent >= 100;
        }

        return publish;
    }
}
