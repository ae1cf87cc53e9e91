namespace Streamflix.Web.Catalog;

/// <summary>What a title card shows.</summary>
public sealed record TitleSummary(string Id, string Name, int Year, string Rating, string PosterStyle, MediaState? Media = null)
{
    public MediaState MediaOrUnknown => Media ?? MediaState.Unknown;
}
