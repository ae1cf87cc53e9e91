namespace Streamflix.Playback.Model;

/// <summary>The renditions a plan may play: at or under its height cap, highest first.</summary>
public static class RenditionLadder
{
    /// <param name="maxHeight">The plan's cap; 0 or less means no cap (the signed URL says the same).</param>
    public static IReadOnlyList<PlayableRendition> CapTo(IEnumerable<PlayableRendition> renditions, int maxHeight)
    {
        ArgumentNullException.ThrowIfNull(renditions);
        return renditions
            .Where(rendition => rendition.Height > 0 && (maxHeight <= 0 || rendition.Height <= maxHeight))
            .OrderByDescending(rendition => rendition.Height)
            .ThenByDescending(rendition => rendition.Bandwidth)
            .ThenBy(rendition => rendition.Name, StringComparer.Ordinal)
            .ToList();
    }
}
