using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class TitleMediaTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly MediaRendition[] Ladder =
    [
        new("720p", 1280, 720, 3_000_000, 2_500_000, "avc1.64001f,mp4a.40.2", 24),
        new("240p", 426, 240, 450_000, 380_000, "avc1.4d4015,mp4a.40.2", 24),
    ];

    [Fact]
    public void A_new_title_needs_demo_content()
    {
        Assert.True(new TitleMedia().NeedsDemoContent(Now));
    }

    [Fact]
    public void A_job_runs_from_queued_to_ready()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();

        Assert.True(media.Queue(job, Now));
        Assert.Equal(MediaStatus.Queued, media.Status);
        Assert.True(media.Start(job, Now));
        Assert.True(media.Progress(job, 40, Now));
        Assert.Equal(MediaStatus.Encoding, media.Status);
        Assert.True(media.Complete(job, 42.5, "t/master.m3u8", Ladder, Now));

        Assert.Equal(MediaStatus.Ready, media.Status);
        Assert.Equal(100, media.Percent);
        Assert.Equal(42.5, media.DurationSeconds);
        Assert.Equal("t/master.m3u8", media.MasterPlaylistPath);
        Assert.Equal(["240p", "720p"], media.Renditions.Select(r => r.Name));
        Assert.False(media.NeedsDemoContent(Now));
    }

    [Fact]
    public void Redelivered_events_change_nothing()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Queue(job, Now);
        media.Start(job, Now);
        media.Complete(job, 30, "t/master.m3u8", Ladder, Now);

        Assert.False(media.Start(job, Now));
        Assert.False(media.Progress(job, 50, Now));
        Assert.False(media.Complete(job, 30, "t/master.m3u8", Ladder, Now));
        Assert.False(media.Fail(job, "late failure", Now));
        Assert.Equal(MediaStatus.Ready, media.Status);
    }

    [Fact]
    public void Progress_never_goes_backwards()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Start(job, Now);
        media.Progress(job, 60, Now);

        Assert.False(media.Progress(job, 30, Now));
        Assert.Equal(60, media.Percent);
    }

    [Fact]
    public void Progress_and_failure_of_another_job_do_not_touch_the_current_one()
    {
        var media = new TitleMedia();
        var current = Guid.NewGuid();
        var old = Guid.NewGuid();
        media.Start(current, Now);

        Assert.False(media.Progress(old, 90, Now));
        Assert.False(media.Fail(old, "old job failed", Now));
        Assert.Equal(MediaStatus.Encoding, media.Status);
        Assert.Equal(current, media.JobId);
    }

    [Fact]
    public void A_completion_seen_before_its_start_still_makes_the_title_playable()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Queue(Guid.NewGuid(), Now);

        Assert.True(media.Complete(job, 30, "t/master.m3u8", Ladder, Now));
        Assert.False(media.Start(job, Now));
        Assert.Equal(MediaStatus.Ready, media.Status);
    }

    [Fact]
    public void A_failure_seen_before_its_start_is_recorded_and_the_late_start_ignored()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();

        Assert.True(media.Fail(job, "unreadable source", Now));
        Assert.False(media.Start(job, Now));
        Assert.Equal(MediaStatus.Failed, media.Status);
    }

    [Fact]
    public void A_failure_never_takes_a_playable_title_away()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Complete(job, 30, "t/master.m3u8", Ladder, Now);

        Assert.False(media.Fail(Guid.NewGuid(), "another job failed", Now));
        Assert.Equal(MediaStatus.Ready, media.Status);
    }

    [Fact]
    public void A_started_upload_job_takes_over_a_ready_title()
    {
        var media = new TitleMedia();
        var demo = Guid.NewGuid();
        media.Start(demo, Now);
        media.Complete(demo, 30, "t/master.m3u8", Ladder, Now);
        var upload = Guid.NewGuid();

        Assert.True(media.Start(upload, Now));
        Assert.Equal(MediaStatus.Encoding, media.Status);
        Assert.Equal(upload, media.JobId);
    }

    [Fact]
    public void A_failure_keeps_its_reason_and_can_be_queued_again()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Start(job, Now);

        Assert.True(media.Fail(job, "not a video", Now));
        Assert.Equal(MediaStatus.Failed, media.Status);
        Assert.Equal("not a video", media.FailureReason);
        Assert.True(media.Queue(Guid.NewGuid(), Now));
        Assert.Null(media.FailureReason);
    }

    [Fact]
    public void Unqueue_releases_only_its_own_claim()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Queue(job, Now);

        Assert.False(media.Unqueue(Guid.NewGuid(), Now));
        Assert.True(media.Unqueue(job, Now));
        Assert.Equal(MediaStatus.None, media.Status);
    }

    [Fact]
    public void A_queued_job_nobody_started_is_stale_after_a_while()
    {
        var media = new TitleMedia();
        media.Queue(Guid.NewGuid(), Now);

        Assert.False(media.NeedsDemoContent(Now + TimeSpan.FromMinutes(5)));
        Assert.True(media.NeedsDemoContent(Now + TitleMedia.StaleQueueAge + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_title_being_encoded_cannot_be_queued()
    {
        var media = new TitleMedia();
        media.Start(Guid.NewGuid(), Now);

        Assert.False(media.Queue(Guid.NewGuid(), Now));
    }

    [Fact]
    public void Long_failure_reasons_are_cut()
    {
        var media = new TitleMedia();
        var job = Guid.NewGuid();
        media.Start(job, Now);
        media.Fail(job, new string('x', 5000), Now);

        Assert.Equal(1000, media.FailureReason!.Length);
    }
}

public sealed class DemoDurationTests
{
    [Fact]
    public void Every_seeded_title_gets_a_stable_length_between_20_and_60_seconds()
    {
        foreach (var title in Streamflix.Catalog.Data.CatalogSeedData.Titles)
        {
            var seconds = DemoDuration.For(title.Id);
            Assert.InRange(seconds, DemoDuration.MinSeconds, DemoDuration.MaxSeconds);
            Assert.Equal(seconds, DemoDuration.For(title.Id));
        }
    }

    [Fact]
    public void Lengths_vary_between_titles()
    {
        var lengths = Streamflix.Catalog.Data.CatalogSeedData.Titles.Select(t => DemoDuration.For(t.Id)).Distinct().Count();
        Assert.True(lengths > 5, $"only {lengths} distinct lengths");
    }

    [Theory]
    [InlineData(25, 25)]
    [InlineData(5, 20)]
    [InlineData(600, 60)]
    public void A_configured_length_is_kept_within_bounds(int configured, int expected)
    {
        Assert.Equal(expected, DemoDuration.For("any-title", configured));
    }
}
