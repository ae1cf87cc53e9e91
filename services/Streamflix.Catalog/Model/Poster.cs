namespace Streamflix.Catalog.Model;

/// <summary>
/// A title's placeholder artwork: a CSS linear gradient, so the site has something to show before
/// (and without) real artwork.
/// </summary>
public sealed record Poster(string FromColor, string ToColor, int AngleDegrees);
