namespace Streamflix.Web.Catalog;

/// <summary>What the title page shows.</summary>
public sealed record TitleDetails(
    string Id,
    string Name,
    string Synopsis,
    int Year,
    string Rating,
    string Runtime,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Cast,
    string PosterStyle,
    MediaState? Media = null,
    bool IsKids = false)
{
    public MediaState MediaOrUnknown => Media ?? MediaState.Unknown;
}
