using System.Collections.Concurrent;

namespace Streamflix.Playback.Upstream;

/// <summary>
/// Answers kept in this process for as long as <c>keepFor</c> says, and one fetch per key at a time:
/// when 200 viewers press Play on the same title at once, the catalog is asked once, not 200 times
/// (each call also waited in the caller's bulkhead queue, which is where most of the start time went).
/// A failed fetch is not kept: its waiters see the failure, and the next caller fetches again.
/// The shared fetch does not take any one caller's cancellation (that caller leaving must not fail
/// the others); each caller stops waiting on its own token instead.
/// </summary>
public sealed class CoalescedCache<TKey, TValue>(TimeProvider clock)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async Task<TValue> GetAsync(
        TKey key, Func<Task<TValue>> fetch, Func<TValue, TimeSpan> keepFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(keepFor);
        while (true)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                if (!existing.Value.IsCompleted || clock.GetUtcNow() < existing.KeptUntil)
                {
                    return await existing.Value.WaitAsync(cancellationToken);
                }

                _entries.TryRemove(KeyValuePair.Create(key, existing));
                continue;
            }

            var mine = new Entry();
            if (!_entries.TryAdd(key, mine))
            {
                continue;
            }

            _ = FetchAsync(key, mine, fetch, keepFor);
            return await mine.Value.WaitAsync(cancellationToken);
        }
    }

    private async Task FetchAsync(TKey key, Entry entry, Func<Task<TValue>> fetch, Func<TValue, TimeSpan> keepFor)
    {
        try
        {
            var value = await fetch();
            entry.KeptUntil = clock.GetUtcNow() + keepFor(value);
            if (entry.KeptUntil <= clock.GetUtcNow())
            {
                // Not worth keeping (e.g. a title that is not playable yet): shared only while in flight.
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }

            entry.Complete(value);
        }
        catch (Exception e)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            entry.Fail(e);
        }
    }

    private sealed class Entry
    {
        private readonly TaskCompletionSource<TValue> _value = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TValue> Value => _value.Task;

        public DateTimeOffset KeptUntil { get; set; } = DateTimeOffset.MinValue;

        public void Complete(TValue value) => _value.SetResult(value);

        public void Fail(Exception e) => _value.SetException(e);
    }
}
