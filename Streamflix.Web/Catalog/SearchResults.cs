namespace Streamflix.Web.Catalog;

public enum SearchStatus
{
    /// <summary>No query yet: the page shows a hint.</summary>
    NeedsQuery,
    TooLong,
    /// <summary>The catalog refused the query (InvalidArgument); <see cref="SearchResults.Message"/> says why.</summary>
    Invalid,
    Unavailable,
    /// <summary>The catalog answered; there may be no titles.</summary>
    Found,
}

/// <summary>What the search page shows for one query.</summary>
public sealed record SearchResults(string Query, SearchStatus Status, IReadOnlyList<TitleSummary> Titles, string? Message);
