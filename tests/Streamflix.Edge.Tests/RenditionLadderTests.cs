using Streamflix.Edge.Renditions;

namespace Streamflix.Edge.Tests;

public sealed class RenditionLadderTests
{
    private const string Master = """
        #EXTM3U
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",URI="audio/en/index.m3u8"
        #EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=426x240
        240p/index.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=2,RESOLUTION=1280x720
        video/720p/index.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=3,RESOLUTION=1920x1080
        beside-master-1080.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=4,RESOLUTION=3840x2160
        https://elsewhere.example/2160p/index.m3u8
        #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=5,RESOLUTION=1280x720,URI="iframes/720p.m3u8"
        """;

    private static readonly RenditionLadder Ladder = RenditionLadder.FromMaster("t", "v1/master.m3u8", Master);

    [Fact]
    public void Each_variant_folder_is_mapped_to_its_height_as_an_origin_path()
    {
        Assert.Equal("t/v1", Ladder.MasterFolder);
        Assert.Equal(
            new Dictionary<string, int> { ["t/v1/240p"] = 240, ["t/v1/video/720p"] = 720, ["t/v1/iframes"] = 720 },
            Ladder.HeightByFolder);
    }

    [Theory]
    [InlineData("t/v1/240p", 240)]
    [InlineData("t/v1/video/720p", 720)]
    [InlineData("t/v1/video/720p/sub", 720)]   // below a variant folder is still that variant
    [InlineData("t/v1/video", 0)]
    [InlineData("t/v1/audio/en", 0)]
    [InlineData("t/v1", 0)]
    [InlineData("t/v1x/240p", 0)]
    [InlineData("t/v2/240p", 0)]
    public void A_folder_is_governed_by_the_nearest_variant_folder(string folder, int height)
    {
        Assert.Equal(height, Ladder.HeightOf(folder));
    }

    [Fact]
    public void A_shared_folder_counts_as_its_lowest_variant()
    {
        const string master = "#EXTM3U\n#EXT-X-STREAM-INF:RESOLUTION=1920x1080\nvideo/1080.m3u8\n#EXT-X-STREAM-INF:RESOLUTION=854x480\nvideo/480.m3u8\n";

        Assert.Equal(480, RenditionLadder.FromMaster("t", "master.m3u8", master).HeightOf("t/video"));
    }

    [Fact]
    public void A_master_at_the_title_root_maps_folders_below_the_title()
    {
        var ladder = RenditionLadder.FromMaster("t", "master.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:RESOLUTION=1280x720\n720p/index.m3u8\n");

        Assert.Equal("t", ladder.MasterFolder);
        Assert.Equal(720, ladder.HeightOf("t/720p"));
    }
}
