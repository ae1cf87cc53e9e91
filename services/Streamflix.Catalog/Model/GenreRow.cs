namespace Streamflix.Catalog.Model;

/// <summary>A row of the home page: a genre and its newest titles.</summary>
public sealed record GenreRow(GenreSummary Genre, IReadOnlyList<TitleDetails> Titles);
