using Streamflix.Catalog.Contracts;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// Two playable titles sharing a genre (the anchors: every other title is related to both, and
/// viewers never start them, so a "Because you watched" row always has something left to show) and
/// the pool the samples start titles from: every other title of the catalogue, playable or still
/// encoding. The recommendations service mirrors the whole catalogue at start, and a start of any
/// title takes the same path through it; 45 demo titles are encoded one at a time, so waiting for all
/// of them to be playable would take most of an hour.
/// </summary>
public sealed record SampleTitles(Title AnchorA, Title AnchorB, IReadOnlyList<Title> Pool, int PlayableAtStart)
{
    public IReadOnlyList<Title> Anchors => [AnchorA, AnchorB];

    /// <summary>Null until two playable, non-kids titles share a genre.</summary>
    public static SampleTitles? From(IReadOnlyList<Title> catalogue)
    {
        var ready = catalogue.Where(IsPlayable).Where(t => !t.IsKids).ToList();
        foreach (var a in ready)
        {
            if (ready.FirstOrDefault(b => b.Id != a.Id && b.GenreIds.Intersect(a.GenreIds).Any()) is { } b)
            {
                var pool = catalogue.Where(t => t.Id != a.Id && t.Id != b.Id).ToList();
                return new SampleTitles(a, b, pool, catalogue.Count(IsPlayable));
            }
        }

        return null;
    }

    public static bool IsPlayable(Title title) => title.Media?.Status == MediaStatus.Ready;

    public bool IsAnchor(string titleId) => titleId == AnchorA.Id || titleId == AnchorB.Id;
}
