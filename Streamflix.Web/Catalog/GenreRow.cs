namespace Streamflix.Web.Catalog;

/// <summary>One row of the home page: a genre and some of its titles.</summary>
public sealed record GenreRow(string GenreId, string GenreName, IReadOnlyList<TitleSummary> Titles);
