using System.Collections.Concurrent;

namespace Streamflix.Bench.Chaos;

/// <summary>Every request of the steady load, kept whole: phases are time windows cut from it afterwards.</summary>
public sealed class LoadRecorder
{
    private readonly ConcurrentQueue<LoadSample> _samples = new();

    public void Add(LoadSample sample) => _samples.Enqueue(sample);

    public IReadOnlyList<LoadSample> Between(DateTimeOffset from, DateTimeOffset to) =>
        _samples.Where(s => s.At >= from && s.At < to).ToList();
}
