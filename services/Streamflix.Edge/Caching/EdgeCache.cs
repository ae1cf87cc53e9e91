using System.Diagnostics.CodeAnalysis;

namespace Streamflix.Edge.Caching;

/// <summary>
/// Least-recently-used objects, bounded by bytes rather than count because segments range from a few
/// hundred bytes (playlists) to megabytes. A dictionary finds the node, a linked list keeps recency:
/// get, put and evict are O(1) under one short lock. Keys are origin paths, <c>{titleId}/{relativePath}</c>.
/// </summary>
public sealed class EdgeCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();   // first = most recently used
    private readonly Dictionary<string, long> _bytesByTitle = new(StringComparer.Ordinal);
    private long _bytes;

    public EdgeCache(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityBytes, 4);
        CapacityBytes = capacityBytes;

        // One huge object would flush hundreds of hot segments; it is served but not kept.
        MaxObjectBytes = capacityBytes / 4;
    }

    public long CapacityBytes { get; }

    public long MaxObjectBytes { get; }

    public long CachedBytes
    {
        get { lock (_gate) { return _bytes; } }
    }

    public int Count
    {
        get { lock (_gate) { return _entries.Count; } }
    }

    public bool TryGet(string key, [NotNullWhen(true)] out CachedObject? value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Whether <paramref name="key"/> is cached, without counting as a use (recency is left as it is).</summary>
    public bool Contains(string key)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(key);
        }
    }

    /// <summary>Stores or replaces an object, evicting the least recently used. False when it is too large to keep.</summary>
    public bool Set(string key, CachedObject value)
    {
        lock (_gate)
        {
            RemoveLocked(key);
            if (value.Length > MaxObjectBytes)
            {
                return false;
            }

            var entry = new Entry(key, TitleOf(key), value);
            _entries[key] = _recency.AddFirst(entry);
            Account(entry, +1);

            while (_bytes > CapacityBytes && _recency.Last is { } oldest)
            {
                RemoveLocked(oldest.Value.Key);
            }

            return true;
        }
    }

    public bool Remove(string key)
    {
        lock (_gate)
        {
            return RemoveLocked(key);
        }
    }

    /// <summary>Drops every object of a title (after a re-encode). O(n), which is fine for a rare event.</summary>
    public int RemoveTitle(string titleId)
    {
        lock (_gate)
        {
            var keys = _entries.Values.Where(n => n.Value.TitleId == titleId).Select(n => n.Value.Key).ToList();
            keys.ForEach(k => RemoveLocked(k));
            return keys.Count;
        }
    }

    /// <summary>Titles with anything cached, most bytes first: what the heartbeat advertises for steering.</summary>
    public IReadOnlyList<string> CachedTitles(int max = int.MaxValue)
    {
        lock (_gate)
        {
            return _bytesByTitle.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Take(max).Select(t => t.Key).ToList();
        }
    }

    private bool RemoveLocked(string key)
    {
        if (!_entries.Remove(key, out var node))
        {
            return false;
        }

        _recency.Remove(node);
        Account(node.Value, -1);
        return true;
    }

    private void Account(Entry entry, int sign)
    {
        var length = entry.Value.Length * sign;
        _bytes += length;
        var titleBytes = _bytesByTitle.GetValueOrDefault(entry.TitleId) + length;
        if (titleBytes > 0)
        {
            _bytesByTitle[entry.TitleId] = titleBytes;
        }
        else
        {
            _bytesByTitle.Remove(entry.TitleId);
        }
    }

    private static string TitleOf(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? key : key[..slash];
    }

    private sealed record Entry(string Key, string TitleId, CachedObject Value);
}
