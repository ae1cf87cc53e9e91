using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Playback.Upstream;

/// <summary>
/// The last playable copy of each title this process read from the catalog, used only when the
/// catalog cannot answer (down, slow, circuit open): a viewer pressing Play on a title that played a
/// minute ago should not be refused because the catalog is having a bad moment. Bounded in age by
/// Playback:TitleStaleSeconds, since a re-encode moves a title's video; 0 turns the fallback off.
/// </summary>
public sealed class LastGoodTitles(IOptions<PlaybackOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (Title Title, DateTimeOffset ReadAt)> _titles = new(StringComparer.Ordinal);

    public void Remember(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Media?.Status == MediaStatus.Ready)
        {
            _titles[title.Id] = (title, clock.GetUtcNow());
        }
    }

    public bool TryGet(string titleId, out Title title)
    {
        if (_titles.TryGetValue(titleId, out var kept) && clock.GetUtcNow() - kept.ReadAt < options.Value.TitleStaleDuration)
        {
            title = kept.Title;
            return true;
        }

        title = null!;
        return false;
    }
}
