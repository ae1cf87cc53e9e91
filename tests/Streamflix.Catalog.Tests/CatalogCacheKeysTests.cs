using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class CatalogCacheKeysTests
{
    private static readonly IReadOnlyList<string> UpdateOfXInAB =
        CatalogCacheKeys.TagsInvalidatedByTitleUpdate("x", ["a", "b"]);

    private static bool Invalidates(IEnumerable<string> entryTags) => entryTags.Intersect(UpdateOfXInAB).Any();

    [Fact]
    public void An_update_invalidates_the_title_itself() =>
        Assert.True(Invalidates(CatalogCacheKeys.TitleTags("x")));

    [Fact]
    public void An_update_leaves_other_titles_cached() =>
        Assert.False(Invalidates(CatalogCacheKeys.TitleTags("y")));

    [Fact]
    public void An_update_invalidates_the_list_of_every_title_and_of_each_of_its_genres()
    {
        Assert.True(Invalidates(CatalogCacheKeys.TitlesPageTags(null)));
        Assert.True(Invalidates(CatalogCacheKeys.TitlesPageTags("a")));
        Assert.True(Invalidates(CatalogCacheKeys.TitlesPageTags("b")));
    }

    [Fact]
    public void An_update_leaves_lists_of_other_genres_cached() =>
        Assert.False(Invalidates(CatalogCacheKeys.TitlesPageTags("c")));

    [Fact]
    public void An_update_invalidates_home_rows_and_every_search()
    {
        Assert.True(Invalidates(CatalogCacheKeys.HomeRowsTags));
        Assert.True(Invalidates(CatalogCacheKeys.SearchTags));
    }

    [Fact]
    public void An_update_leaves_the_genre_list_cached() =>
        Assert.False(Invalidates(CatalogCacheKeys.GenresTags));

    [Fact]
    public void A_title_in_one_genre_twice_gives_each_tag_once() =>
        Assert.Equal(
            CatalogCacheKeys.TagsInvalidatedByTitleUpdate("x", ["a"]),
            CatalogCacheKeys.TagsInvalidatedByTitleUpdate("x", ["a", "a"]));

    [Fact]
    public void List_pages_of_every_genre_and_of_one_genre_have_different_keys() =>
        Assert.NotEqual(CatalogCacheKeys.TitlesPageKey(null, 0, 20), CatalogCacheKeys.TitlesPageKey("drama", 0, 20));

    [Fact]
    public void List_pages_differ_by_offset_and_size()
    {
        var keys = new[]
        {
            CatalogCacheKeys.TitlesPageKey("drama", 0, 20),
            CatalogCacheKeys.TitlesPageKey("drama", 20, 20),
            CatalogCacheKeys.TitlesPageKey("drama", 0, 10),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Searches_with_the_same_words_share_a_key_and_other_sizes_do_not()
    {
        Assert.Equal(
            CatalogCacheKeys.SearchKey(SearchQuery.Parse("Long night"), 20),
            CatalogCacheKeys.SearchKey(SearchQuery.Parse("night LONG"), 20));
        Assert.NotEqual(
            CatalogCacheKeys.SearchKey(SearchQuery.Parse("night"), 20),
            CatalogCacheKeys.SearchKey(SearchQuery.Parse("night"), 10));
    }

    [Fact]
    public void Keys_of_different_kinds_never_collide()
    {
        // A title id or genre id that looks like another key must not reach that key's entry.
        var keys = new[]
        {
            CatalogCacheKeys.GenresKey,
            CatalogCacheKeys.TitleKey("genres"),
            CatalogCacheKeys.TitlesPageKey("genres", 0, 20),
            CatalogCacheKeys.HomeRowsKey(12),
            CatalogCacheKeys.SearchKey(SearchQuery.Parse("genres"), 20),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }
}
