namespace Streamflix.Catalog.Model;

/// <summary>A title without playable video that could get a demo one; <see cref="Requeue"/>: its earlier job went stale.</summary>
public sealed record DemoCandidate(string Id, string Name, bool Requeue);

/// <summary>
/// Which titles get a demo video now. A cap bounds how many titles have video at all (demo or
/// uploaded), not how many are queued per start: a catalog restarted mid-run (a chaos test, a
/// crash) must not queue another batch each time it comes back. A stale job is always queued
/// again, since its title already counts against the cap.
/// </summary>
public static class DemoContentBudget
{
    public static IReadOnlyList<DemoCandidate> Pick(IReadOnlyList<DemoCandidate> candidates, int titlesWithMedia, int cap)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(titlesWithMedia);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        if (cap == 0)
        {
            return candidates;
        }

        var room = Math.Max(0, cap - titlesWithMedia);
        return [.. candidates.Where(c => c.Requeue), .. candidates.Where(c => !c.Requeue).Take(room)];
    }
}
