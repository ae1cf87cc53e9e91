namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// Hands out (viewer, title) pairs for samples: a random viewer not in another sample right now (its
/// new title is then certainly its most recent, whatever the timing) and a random pool title it has
/// not started yet. A title is marked started when handed out: its event is about to be published.
/// </summary>
public sealed class ViewerRoster
{
    private readonly Lock _lock = new();
    private readonly Random _random = new(6);
    private readonly Dictionary<BenchViewer, List<string>> _notStarted;
    private readonly HashSet<BenchViewer> _busy = [];

    public ViewerRoster(IEnumerable<BenchViewer> viewers, IEnumerable<string> poolTitleIds)
    {
        var pool = poolTitleIds.ToList();
        _notStarted = viewers.ToDictionary(v => v, _ => pool.ToList());
    }

    /// <summary>How many samples the viewers and the pool allow at most.</summary>
    public int Capacity
    {
        get
        {
            lock (_lock)
            {
                return _notStarted.Values.Sum(t => t.Count);
            }
        }
    }

    /// <summary>A viewer (now busy) and its next title; waits while every viewer with titles left is busy.</summary>
    public async Task<(BenchViewer Viewer, string TitleId)> LeaseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_lock)
            {
                var idle = _notStarted.Where(v => v.Value.Count > 0 && !_busy.Contains(v.Key)).ToList();
                if (idle.Count > 0)
                {
                    var (viewer, titles) = idle[_random.Next(idle.Count)];
                    var index = _random.Next(titles.Count);
                    var titleId = titles[index];
                    titles.RemoveAt(index);
                    _busy.Add(viewer);
                    return (viewer, titleId);
                }

                if (_notStarted.Values.All(t => t.Count == 0))
                {
                    throw new InvalidOperationException("Every viewer has started every pool title.");
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
        }
    }

    public void Release(BenchViewer viewer)
    {
        lock (_lock)
        {
            _busy.Remove(viewer);
        }
    }
}
