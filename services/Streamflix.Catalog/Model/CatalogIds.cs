namespace Streamflix.Catalog.Model;

/// <summary>Title and genre ids are slugs; anything longer than a slug can be is refused early.</summary>
public static class CatalogIds
{
    public const int MaxLength = 100;

    /// <summary>Returns the id, or throws naming <paramref name="field"/> when it is empty or too long.</summary>
    public static string Require(string? id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CatalogValidationException($"{field} is required.");
        }

        if (id.Length > MaxLength)
        {
            throw new CatalogValidationException($"{field} must be at most {MaxLength} characters.");
        }

        return id;
    }

    /// <summary>An optional id: empty means "none" (e.g. every genre).</summary>
    public static string? Optional(string? id, string field) =>
        string.IsNullOrEmpty(id) ? null : Require(id, field);
}
