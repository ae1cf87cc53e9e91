using Microsoft.Extensions.Time.Testing;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Events;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

/// <summary>What the writers store in the outbox with their changes, and only with them.</summary>
public sealed class CatalogOutboxTests : IDisposable
{
    private const string TitleId = "the-long-night";
    private static readonly MediaRendition[] Ladder = [new("480p", 854, 480, 1_200_000, 1_000_000, "avc1.4d401e,mp4a.40.2", 24)];

    private readonly CatalogStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    private static Func<TitleMedia, DateTimeOffset, bool> Complete(Guid job, double duration = 42.5) =>
        (media, now) => media.Complete(job, duration, $"{TitleId}/{job:N}/master.m3u8", Ladder, now);

    private async Task<TitleUpdateOutcome> CompleteAsync(Func<TitleMedia, DateTimeOffset, bool> complete, LostRaceOnFirstSave? race = null)
    {
        await using var db = race is null ? _store.NewContext() : _store.NewContext(race);
        return await new CatalogMediaWriter(db, _clock).CompleteMediaAsync(TitleId, complete, CancellationToken.None);
    }

    [Fact]
    public async Task A_completed_encode_stores_one_TitlePublished_with_the_change()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));

        var outcome = await CompleteAsync(Complete(Guid.NewGuid(), duration: 61.5));

        Assert.True(outcome.Changed);
        var published = Assert.IsType<TitlePublished>(Assert.Single(await _store.OutboxAsync()));
        Assert.Equal(TitleId, published.TitleId);
        Assert.Equal(["drama"], published.GenreIds);
        Assert.Equal(61.5, published.DurationSeconds);
        Assert.Equal(2023, published.ReleaseYear);
        Assert.Equal(_clock.GetUtcNow(), published.OccurredAt);
    }

    [Fact]
    public async Task A_redelivered_completion_stores_nothing_more()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        var job = Guid.NewGuid();
        await CompleteAsync(Complete(job));

        var outcome = await CompleteAsync(Complete(job));

        Assert.False(outcome.Changed);
        Assert.Single(await _store.OutboxAsync());
    }

    [Fact]
    public async Task A_re_encode_is_published_again()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        await CompleteAsync(Complete(Guid.NewGuid(), duration: 40));
        _clock.Advance(TimeSpan.FromMinutes(5));

        await CompleteAsync(Complete(Guid.NewGuid(), duration: 45));

        Assert.Equal([40.0, 45.0], (await _store.OutboxAsync()).Cast<TitlePublished>().Select(e => e.DurationSeconds));
    }

    [Fact]
    public async Task Other_media_transitions_store_no_event()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        var job = Guid.NewGuid();
        await using var db = _store.NewContext();
        var writer = new CatalogMediaWriter(db, _clock);

        Assert.True((await writer.ChangeMediaAsync(TitleId, (media, now) => media.Start(job, now), CancellationToken.None)).Changed);
        Assert.True((await writer.ChangeMediaAsync(TitleId, (media, now) => media.Progress(job, 50, now), CancellationToken.None)).Changed);

        Assert.Empty(await _store.OutboxAsync());
    }

    [Fact]
    public async Task A_save_that_loses_a_race_is_retried_and_stores_the_event_once()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        var race = new LostRaceOnFirstSave();

        var outcome = await CompleteAsync(Complete(Guid.NewGuid()), race);

        Assert.True(outcome.Changed);
        Assert.Equal(2, race.Saves);
        Assert.IsType<TitlePublished>(Assert.Single(await _store.OutboxAsync()));
    }

    [Fact]
    public async Task A_race_lost_to_the_same_completion_on_another_replica_publishes_once_in_all()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        var job = Guid.NewGuid();
        // The other replica handles a redelivery of the same EncodingCompleted and commits first.
        var race = new LostRaceOnFirstSave(() => CompleteAsync(Complete(job)));

        var outcome = await CompleteAsync(Complete(job), race);

        Assert.False(outcome.Changed);
        Assert.Single(await _store.OutboxAsync());
    }

    [Fact]
    public async Task An_update_stores_TitleUpdated_with_the_new_values()
    {
        await _store.AddAsync(TestTitles.Entity(TitleId));
        var update = TitleUpdate.Create(TitleId, "The Longer Night", null, 2024, "TV-Y7", null, currentYear: 2026);

        await using (var db = _store.NewContext())
        {
            Assert.True((await new CatalogWriter(db, _clock).UpdateTitleAsync(update, CancellationToken.None)).Changed);
        }

        var updated = Assert.IsType<TitleUpdated>(Assert.Single(await _store.OutboxAsync()));
        Assert.Equal(TitleId, updated.TitleId);
        Assert.Equal("The Longer Night", updated.Name);
        Assert.Equal(2024, updated.ReleaseYear);
        Assert.True(updated.IsKids);
        Assert.Equal(["drama"], updated.GenreIds);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_stores_no_event()
    {
        var title = TestTitles.Entity(TitleId);
        await _store.AddAsync(title);
        var update = TitleUpdate.Create(TitleId, title.Name, null, title.ReleaseYear, null, null, currentYear: 2026);

        await using (var db = _store.NewContext())
        {
            Assert.False((await new CatalogWriter(db, _clock).UpdateTitleAsync(update, CancellationToken.None)).Changed);
        }

        Assert.Empty(await _store.OutboxAsync());
    }
}
