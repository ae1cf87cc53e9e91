using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

/// <summary>
/// An origin holding text files by origin path, recording what was asked of it. <see cref="Gate"/>
/// holds every answer back until released; <see cref="Failing"/> makes it answer like a dead origin.
/// </summary>
internal sealed class DictionaryOrigin(Dictionary<string, string> files) : IOriginClient
{
    public List<string> Requested { get; } = [];

    public TaskCompletionSource? Gate { get; set; }

    public bool Failing { get; set; }

    public int RequestsFor(string originPath)
    {
        lock (Requested)
        {
            return Requested.Count(r => r == originPath);
        }
    }

    public async Task<CachedObject?> FetchAsync(string originPath, CancellationToken cancellationToken)
    {
        lock (Requested)
        {
            Requested.Add(originPath);
        }

        if (Gate is { } gate)
        {
            await gate.Task;
        }

        if (Failing)
        {
            throw new OriginUnavailableException(originPath, System.Net.HttpStatusCode.ServiceUnavailable);
        }

        return files.TryGetValue(originPath, out var text)
            ? TestObjects.Text(text, originPath.EndsWith(".m3u8", StringComparison.Ordinal) ? "application/vnd.apple.mpegurl" : "video/mp2t")
            : null;
    }
}
