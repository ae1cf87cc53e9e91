namespace Streamflix.Catalog.Model;

public sealed record GenreSummary(string Id, string Name, int TitleCount);
