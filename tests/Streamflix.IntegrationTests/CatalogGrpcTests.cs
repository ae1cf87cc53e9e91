using Grpc.Core;
using Streamflix.Catalog.Contracts;

namespace Streamflix.IntegrationTests;

[Collection(StreamflixCollection.Name)]
public sealed class CatalogGrpcTests(StreamflixAppFixture fixture)
{
    private CatalogService.CatalogServiceClient Catalog => new(fixture.Channel("catalog"));

    [Fact]
    public async Task Seeded_catalog_has_at_least_eight_genres_and_forty_titles()
    {
        var genres = await Catalog.ListGenresAsync(new ListGenresRequest());
        Assert.True(genres.Genres.Count >= 8, $"expected ≥ 8 genres, got {genres.Genres.Count}");

        var titles = await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 100 });
        Assert.True(titles.TotalCount >= 40, $"expected ≥ 40 titles, got {titles.TotalCount}");
        Assert.All(titles.Titles, title =>
        {
            Assert.False(string.IsNullOrWhiteSpace(title.Name));
            Assert.False(string.IsNullOrWhiteSpace(title.Synopsis));
            Assert.NotEmpty(title.GenreIds);
            Assert.NotEmpty(title.Cast);
            Assert.NotNull(title.Poster);
        });
    }

    [Fact]
    public async Task Titles_page_through_without_overlap()
    {
        var first = await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 7 });
        Assert.Equal(7, first.Titles.Count);
        Assert.NotEmpty(first.NextPageToken);

        var second = await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 7, PageToken = first.NextPageToken });
        Assert.Equal(7, second.Titles.Count);
        Assert.Empty(first.Titles.Select(t => t.Id).Intersect(second.Titles.Select(t => t.Id)));
    }

    [Fact]
    public async Task Titles_of_a_genre_all_carry_that_genre()
    {
        var genre = (await Catalog.ListGenresAsync(new ListGenresRequest())).Genres.First(g => g.TitleCount > 0);
        var titles = await Catalog.ListTitlesAsync(new ListTitlesRequest { GenreId = genre.Id, PageSize = 100 });

        Assert.Equal(genre.TitleCount, titles.TotalCount);
        Assert.All(titles.Titles, title => Assert.Contains(genre.Id, title.GenreIds));
    }

    [Fact]
    public async Task Search_is_case_insensitive_on_title_words()
    {
        var title = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();
        var word = title.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();

        var upper = await Catalog.SearchTitlesAsync(new SearchTitlesRequest { Query = word.ToUpperInvariant() });
        var lower = await Catalog.SearchTitlesAsync(new SearchTitlesRequest { Query = word.ToLowerInvariant() });

        Assert.Contains(upper.Titles, t => t.Id == title.Id);
        Assert.Equal(upper.Titles.Select(t => t.Id), lower.Titles.Select(t => t.Id));
    }

    [Fact]
    public async Task Search_by_genre_name_finds_titles_of_that_genre()
    {
        var genre = (await Catalog.ListGenresAsync(new ListGenresRequest())).Genres.First(g => g.TitleCount > 0);
        var found = await Catalog.SearchTitlesAsync(new SearchTitlesRequest { Query = genre.Name.ToLowerInvariant(), PageSize = 100 });

        Assert.NotEmpty(found.Titles);
        Assert.Contains(found.Titles, t => t.GenreIds.Contains(genre.Id));
    }

    [Fact]
    public async Task Home_rows_have_one_row_per_genre_with_titles()
    {
        var genres = await Catalog.ListGenresAsync(new ListGenresRequest());
        var home = await Catalog.GetHomeRowsAsync(new GetHomeRowsRequest { TitlesPerRow = 5 });

        Assert.Equal(genres.Genres.Count(g => g.TitleCount > 0), home.Rows.Count);
        Assert.All(home.Rows, row =>
        {
            Assert.InRange(row.Titles.Count, 1, 5);
            Assert.All(row.Titles, t => Assert.Contains(row.Genre.Id, t.GenreIds));
        });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(100_000)]
    public async Task Out_of_range_page_size_is_invalid_argument(int pageSize)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = pageSize }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("page_size", error.Status.Detail);
    }

    [Fact]
    public async Task Malformed_page_token_is_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.ListTitlesAsync(new ListTitlesRequest { PageToken = "not a token!" }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Empty_title_id_is_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.GetTitleAsync(new GetTitleRequest { Id = "" }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Status.Detail));
    }

    [Fact]
    public async Task Unknown_title_id_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.GetTitleAsync(new GetTitleRequest { Id = "no-such-title-anywhere" }));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("no-such-title-anywhere", error.Status.Detail);
    }

    [Fact]
    public async Task Empty_search_query_is_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.SearchTitlesAsync(new SearchTitlesRequest { Query = "   " }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Invalid_update_is_refused_and_changes_nothing()
    {
        var title = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Catalog.UpdateTitleAsync(new UpdateTitleRequest { Id = title.Id, Name = "Still valid", ReleaseYear = 1200 }, await fixture.AdminAuthAsync()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);

        var after = await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id });
        Assert.Equal(title.Name, after.Name);
        Assert.Equal(title.ReleaseYear, after.ReleaseYear);
    }

    [Fact]
    public async Task Reads_are_fresh_right_after_an_update()
    {
        var title = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 3 })).Titles.Last();
        var genre = title.GenreIds.First();
        var marker = $"Renamed {Guid.NewGuid():N}"[..20];

        // Warm every cache that holds the title: by id, list, genre list, home rows, search.
        await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id });
        await Catalog.ListTitlesAsync(new ListTitlesRequest { GenreId = genre, PageSize = 100 });
        await Catalog.GetHomeRowsAsync(new GetHomeRowsRequest { TitlesPerRow = 40 });

        try
        {
            var updated = await Catalog.UpdateTitleAsync(new UpdateTitleRequest { Id = title.Id, Name = marker }, await fixture.AdminAuthAsync());
            Assert.Equal(marker, updated.Name);

            Assert.Equal(marker, (await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id })).Name);
            var inGenre = await Catalog.ListTitlesAsync(new ListTitlesRequest { GenreId = genre, PageSize = 100 });
            Assert.Equal(marker, inGenre.Titles.Single(t => t.Id == title.Id).Name);
            var home = await Catalog.GetHomeRowsAsync(new GetHomeRowsRequest { TitlesPerRow = 40 });
            Assert.All(home.Rows.SelectMany(r => r.Titles).Where(t => t.Id == title.Id), t => Assert.Equal(marker, t.Name));
            var search = await Catalog.SearchTitlesAsync(new SearchTitlesRequest { Query = marker });
            Assert.Contains(search.Titles, t => t.Id == title.Id);
        }
        finally
        {
            await Catalog.UpdateTitleAsync(new UpdateTitleRequest { Id = title.Id, Name = title.Name }, await fixture.AdminAuthAsync());
        }

        Assert.Equal(title.Name, (await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id })).Name);
    }
}
