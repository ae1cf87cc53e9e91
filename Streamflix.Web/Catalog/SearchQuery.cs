namespace Streamflix.Web.Catalog;

public enum SearchQueryStatus
{
    Empty,
    TooLong,
    Valid,
}

/// <summary>A viewer's search text, checked before any call is made.</summary>
public sealed record SearchQuery(SearchQueryStatus Status, string Text)
{
    /// <summary>The contract accepts 1..200 characters; longer text is refused here, not by the catalog.</summary>
    public const int MaxLength = 200;

    public static SearchQuery Parse(string? raw)
    {
        var text = raw?.Trim() ?? "";
        var status = text.Length switch
        {
            0 => SearchQueryStatus.Empty,
            > MaxLength => SearchQueryStatus.TooLong,
            _ => SearchQueryStatus.Valid,
        };
        return new(status, text);
    }
}
