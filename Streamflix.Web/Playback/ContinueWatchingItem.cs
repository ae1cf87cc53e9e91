using Streamflix.Web.Catalog;

namespace Streamflix.Web.Playback;

/// <summary>A card of the "Continue watching" row: the title and how far the profile got.</summary>
public sealed record ContinueWatchingItem(TitleSummary Title, double PositionSeconds, double DurationSeconds)
{
    public double Percent => PlaybackPosition.Percent(PositionSeconds, DurationSeconds);
}
