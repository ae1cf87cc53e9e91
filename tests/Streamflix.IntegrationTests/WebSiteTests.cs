using System.Net;
using Streamflix.Catalog.Contracts;

namespace Streamflix.IntegrationTests;

[Collection(StreamflixCollection.Name)]
public sealed class WebSiteTests(StreamflixAppFixture fixture)
{
    private const string UnavailableMarker = "data-testid=\"catalog-unavailable\"";
    private const string StaleMarker = "data-testid=\"catalog-stale\"";

    [Fact]
    public async Task Home_page_lists_catalog_titles_in_genre_rows()
    {
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var home = await catalog.GetHomeRowsAsync(new GetHomeRowsRequest());
        using var web = fixture.HttpClient("web");

        var html = await web.GetStringAsync("/");

        Assert.DoesNotContain(UnavailableMarker, html);
        Assert.Contains("data-testid=\"genre-row\"", html);
        var firstRow = home.Rows.First();
        Assert.Contains(WebUtility.HtmlEncode(firstRow.Genre.Name), html);
        Assert.Contains(WebUtility.HtmlEncode(firstRow.Titles.First().Name), html);
    }

    [Fact]
    public async Task Title_page_shows_the_title()
    {
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var title = (await catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();
        using var web = fixture.HttpClient("web");

        var html = await web.GetStringAsync($"/title/{title.Id}");

        Assert.Contains(WebUtility.HtmlEncode(title.Name), html);
        Assert.Contains(WebUtility.HtmlEncode(title.Synopsis), html);
    }

    [Fact]
    public async Task Search_page_finds_a_title_by_a_word_of_its_name()
    {
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var title = (await catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();
        var word = title.Name.Split(' ').OrderByDescending(w => w.Length).First();
        using var web = fixture.HttpClient("web");

        var html = await web.GetStringAsync($"/search?q={Uri.EscapeDataString(word)}");

        Assert.Contains(WebUtility.HtmlEncode(title.Name), html);
    }

    [Fact]
    public async Task Home_page_still_renders_with_a_message_when_catalog_is_stopped()
    {
        try
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await fixture.StopAllAsync("catalog", cancellation.Token);
            using var web = fixture.HttpClient("web");

            var response = await web.GetAsync("/", cancellation.Token);
            var html = await response.Content.ReadAsStringAsync(cancellation.Token);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Either no rows at all, or the last good rows the site kept, flagged as possibly stale.
            Assert.True(html.Contains(UnavailableMarker) || html.Contains(StaleMarker),
                "The page should say that the catalog is unavailable.");
            Assert.Contains("The catalog is unavailable right now", html);
        }
        finally
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await fixture.StartAllAsync("catalog", cancellation.Token);
            await WaitUntilTheSiteSeesTheCatalogAsync(cancellation.Token);
        }
    }

    /// <summary>
    /// The site's circuit to catalog opened during the outage; the tests after this one need it
    /// closed again, so this one ends only when the home page shows the catalog again.
    /// </summary>
    private async Task WaitUntilTheSiteSeesTheCatalogAsync(CancellationToken cancellationToken)
    {
        using var web = fixture.HttpClient("web");
        while (true)
        {
            var html = await web.GetStringAsync("/", cancellationToken);
            if (!html.Contains(UnavailableMarker) && !html.Contains(StaleMarker))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}
