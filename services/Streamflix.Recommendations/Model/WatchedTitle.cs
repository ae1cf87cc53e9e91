namespace Streamflix.Recommendations.Model;

/// <summary>One title in a profile's history: when it was last watched and whether it was finished.</summary>
public sealed record WatchedTitle(string TitleId, DateTimeOffset LastWatchedAt, bool Finished);
