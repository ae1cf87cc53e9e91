namespace Streamflix.Catalog.Model;

/// <summary>The contract's page-size rule: 0 asks for the default, anything else must be in range.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    public const int DefaultTitlesPerRow = 12;
    public const int MaxTitlesPerRow = 40;

    public static int Resolve(int requested, string field = "page_size") =>
        Resolve(requested, field, Default, Max);

    public static int ResolveTitlesPerRow(int requested, string field = "titles_per_row") =>
        Resolve(requested, field, DefaultTitlesPerRow, MaxTitlesPerRow);

    private static int Resolve(int requested, string field, int defaultSize, int max)
    {
        if (requested == 0)
        {
            return defaultSize;
        }

        if (requested is < 1 || requested > max)
        {
            throw new CatalogValidationException(
                $"{field} must be between 1 and {max} (or 0 for the default, {defaultSize}); got {requested}.");
        }

        return requested;
    }
}
