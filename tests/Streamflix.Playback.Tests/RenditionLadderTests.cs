using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class RenditionLadderTests
{
    private static readonly PlayableRendition P360 = new("360p", 640, 360, 800_000);
    private static readonly PlayableRendition P480 = new("480p", 854, 480, 1_400_000);
    private static readonly PlayableRendition P720 = new("720p", 1280, 720, 2_800_000);
    private static readonly PlayableRendition P1080 = new("1080p", 1920, 1080, 5_000_000);

    [Fact]
    public void Renditions_above_the_plans_height_are_dropped_and_the_rest_are_highest_first()
    {
        var capped = RenditionLadder.CapTo([P360, P1080, P480, P720], maxHeight: 720);

        Assert.Equal(["720p", "480p", "360p"], capped.Select(r => r.Name));
    }

    [Fact]
    public void A_rendition_exactly_at_the_cap_is_kept()
    {
        Assert.Equal(["480p", "360p"], RenditionLadder.CapTo([P480, P360], 480).Select(r => r.Name));
    }

    [Fact]
    public void A_cap_of_zero_keeps_every_rendition()
    {
        Assert.Equal(["1080p", "720p", "480p", "360p"], RenditionLadder.CapTo([P480, P1080, P360, P720], 0).Select(r => r.Name));
    }

    [Fact]
    public void A_cap_under_the_lowest_rendition_leaves_nothing()
    {
        Assert.Empty(RenditionLadder.CapTo([P480, P720], 240));
    }

    [Fact]
    public void Renditions_of_equal_height_are_ordered_by_bandwidth()
    {
        var high = new PlayableRendition("720p-high", 1280, 720, 4_000_000);

        Assert.Equal(["720p-high", "720p"], RenditionLadder.CapTo([P720, high], 720).Select(r => r.Name));
    }
}
