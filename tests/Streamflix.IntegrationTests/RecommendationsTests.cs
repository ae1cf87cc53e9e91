using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Streamflix.Accounts.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.EventBus;
using Streamflix.Playback.Events;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>Rows that follow what a profile watches, exactly-once signals, and a home page that survives recommendations being down.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class RecommendationsTests(StreamflixAppFixture fixture)
{
    private static readonly TimeSpan RowsTimeout = TimeSpan.FromSeconds(60);

    private RecommendationsService.RecommendationsServiceClient Recommendations => new(fixture.Channel("recommendations"));

    [Fact]
    public async Task Watching_a_title_brings_a_because_you_watched_row_with_related_titles_and_a_genre_row()
    {
        var (seed, related) = await TwoPlayableTitlesSharingAGenreAsync();
        var (viewer, profileId) = await ViewerWithProfileAsync();
        var before = await Recommendations.GetRowsAsync(new GetRowsRequest { ProfileId = profileId.ToString() }, viewer.Auth);
        Assert.True(before.ColdStart);

        // Other people watched both titles: that is what relates them.
        for (var i = 0; i < 3; i++)
        {
            var other = Guid.NewGuid();
            await PublishAsync(Started(other, seed.Id), Started(other, related.Id));
        }

        await PublishAsync(Started(profileId, seed.Id));

        var rows = await WaitForRowsAsync(viewer, profileId, response =>
            response.Rows.Any(r => r.Kind == RowKind.BecauseYouWatched && r.SeedTitleId == seed.Id && r.TitleIds.Contains(related.Id)));
        Assert.False(rows.ColdStart);
        var because = rows.Rows.First(r => r.Kind == RowKind.BecauseYouWatched);
        Assert.Contains(seed.Name, because.Title);
        Assert.Contains(rows.Rows, r => r.Kind == RowKind.Genre && seed.GenreIds.Contains(r.GenreId) && r.TitleIds.Count > 0);
    }

    [Fact]
    public async Task A_redelivered_viewing_event_changes_nothing()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var (viewer, profileId) = await ViewerWithProfileAsync();
        var started = Started(profileId, title.Id);

        await PublishAsync(started);
        await WaitForRowsAsync(viewer, profileId, response => !response.ColdStart);
        await PublishAsync(started);
        // A later event of the same profile: once it is applied, the redelivery ahead of it has been handled.
        var sentinel = Started(profileId, (await fixture.PlayableTitleAsync(t => t.Id != title.Id)).Id);
        await PublishAsync(sentinel);
        await WaitForInboxAsync(sentinel.Id);

        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM processed_events WHERE event_id = @id", ("id", started.Id)));
        Assert.Equal(1, await ScalarAsync("SELECT plays FROM profile_titles WHERE profile_id = @profile AND title_id = @title",
            ("profile", profileId), ("title", title.Id)));
    }

    [Fact]
    public async Task With_recommendations_stopped_the_home_page_answers_with_catalog_rows()
    {
        using var site = new SiteSession(fixture);
        await site.SubmitAsync("/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Email"] = Viewers.NewEmail("recs-site"),
            ["Input.Password"] = Viewers.Password,
            ["Input.DisplayName"] = "Home Viewer",
        });
        Assert.Contains("data-recommendations=\"live\"", await WaitForHomeAsync(site, "live"));

        try
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await fixture.StopAllAsync("recommendations", stopping.Token);

            var home = await site.GetAsync("/");

            Assert.Contains("data-recommendations=\"fallback\"", home);
            Assert.Contains("data-testid=\"genre-row\"", home);
        }
        finally
        {
            using var restart = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await fixture.StartAllAsync("recommendations", restart.Token);
        }
    }

    private static PlaybackStarted Started(Guid profileId, string titleId) =>
        new(Guid.NewGuid(), Guid.NewGuid(), profileId, titleId, 0);

    private async Task<(Title Seed, Title Related)> TwoPlayableTitlesSharingAGenreAsync()
    {
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        using var timeout = new CancellationTokenSource(StreamflixAppFixture.PlayableTimeout);
        while (true)
        {
            var ready = (await catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 100 }, cancellationToken: timeout.Token))
                .Titles.Where(t => t.Media?.Status == MediaStatus.Ready && !t.IsKids).ToList();
            foreach (var seed in ready)
            {
                var related = ready.FirstOrDefault(t => t.Id != seed.Id && t.GenreIds.Intersect(seed.GenreIds).Any());
                if (related is not null)
                {
                    return (seed, related);
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(2), timeout.Token);
        }
    }

    private async Task<(Viewer Viewer, Guid ProfileId)> ViewerWithProfileAsync()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "recs");
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var profile = (await accounts.ListProfilesAsync(new ListProfilesRequest(), viewer.Auth)).Profiles[0];
        return (viewer, Guid.Parse(profile.Id));
    }

    private async Task<GetRowsResponse> WaitForRowsAsync(Viewer viewer, Guid profileId, Func<GetRowsResponse, bool> accept)
    {
        using var timeout = new CancellationTokenSource(RowsTimeout);
        while (true)
        {
            var rows = await Recommendations.GetRowsAsync(
                new GetRowsRequest { ProfileId = profileId.ToString() }, viewer.Auth, cancellationToken: timeout.Token);
            if (accept(rows))
            {
                return rows;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    private static async Task<string> WaitForHomeAsync(SiteSession site, string mode)
    {
        using var timeout = new CancellationTokenSource(RowsTimeout);
        while (true)
        {
            var home = await site.GetAsync("/");
            if (home.Contains($"data-recommendations=\"{mode}\"", StringComparison.Ordinal))
            {
                return home;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
        }
    }

    private async Task WaitForInboxAsync(Guid eventId)
    {
        using var timeout = new CancellationTokenSource(RowsTimeout);
        while (await ScalarAsync("SELECT count(*) FROM processed_events WHERE event_id = @id", ("id", eventId)) == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    private async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await fixture.ConnectionStringAsync("recommendationsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    // Serialized as its own type (the routing key is the record's name), in order.
    private Task PublishAsync(params IntegrationEvent[] events) =>
        GraphEvents.PublishRawAsync(fixture, [.. events.Select(e => EventSerializer.Serialize(e))]);
}
