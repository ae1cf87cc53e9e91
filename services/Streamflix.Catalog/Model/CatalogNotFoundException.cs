namespace Streamflix.Catalog.Model;

/// <summary>The request names a title or genre that the catalog does not hold.</summary>
public sealed class CatalogNotFoundException(string message) : Exception(message)
{
    public static CatalogNotFoundException Title(string id) => new($"Title '{id}' was not found.");

    public static CatalogNotFoundException Genre(string id) => new($"Genre '{id}' was not found.");
}
