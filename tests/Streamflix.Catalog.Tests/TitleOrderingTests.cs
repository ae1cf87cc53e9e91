using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class TitleOrderingTests
{
    private static Title At(string id, int year)
    {
        var title = TestTitles.Entity(id);
        title.ReleaseYear = year;
        return title;
    }

    [Fact]
    public void Titles_are_newest_first_and_ties_are_broken_by_id()
    {
        Title[] titles = [At("b", 2020), At("c", 2024), At("a", 2020), At("d", 2019)];

        Assert.Equal(["c", "a", "b", "d"], titles.NewestFirst().Select(t => t.Id));
        Assert.Equal(["c", "a", "b", "d"], titles.AsQueryable().NewestFirst().Select(t => t.Id));
    }

    [Fact]
    public void Consecutive_pages_neither_overlap_nor_skip_titles()
    {
        var titles = Enumerable.Range(0, 45).Select(i => At($"t{i:D2}", 2000 + i % 4)).ToList();
        var seen = new List<string>();
        var offset = 0;
        do
        {
            var page = titles.NewestFirst().Skip(offset).Take(20).Select(t => TestTitles.Details(t.Id)).ToList();
            seen.AddRange(page.Select(t => t.Id));
            var token = new TitlePage(page, offset, titles.Count).NextPageToken;
            offset = token == "" ? -1 : PageToken.Decode(token);
        }
        while (offset >= 0);

        Assert.Equal(titles.NewestFirst().Select(t => t.Id), seen);
    }
}
