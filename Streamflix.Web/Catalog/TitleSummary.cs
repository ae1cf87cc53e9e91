namespace Streamflix.Web.Catalog;

/// <summary>What a title card shows. <see cref="IsKids"/> decides whether a kids profile sees it.</summary>
public sealed record TitleSummary(
    string Id, string Name, int Year, string Rating, string PosterStyle, MediaState? Media = null, bool IsKids = false)
{
    public MediaState MediaOrUnknown => Media ?? MediaState.Unknown;
}
