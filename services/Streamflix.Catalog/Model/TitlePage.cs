namespace Streamflix.Catalog.Model;

/// <summary>One page of a title list that starts at <see cref="Offset"/>.</summary>
public sealed record TitlePage(IReadOnlyList<TitleDetails> Titles, int Offset, int TotalCount)
{
    public string NextPageToken => PageToken.Next(Offset, Titles.Count, TotalCount);
}
