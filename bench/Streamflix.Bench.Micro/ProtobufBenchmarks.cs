using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Bench.Micro;

/// <summary>The catalog's home-page answer (8 rows of 12 titles with media) to bytes and back.</summary>
[MemoryDiagnoser]
public class ProtobufBenchmarks
{
    private GetHomeRowsResponse _response = new();
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        for (var r = 0; r < 8; r++)
        {
            var row = new HomeRow { Genre = new Genre { Id = $"genre-{r}", Name = $"Genre {r}", TitleCount = 12 } };
            for (var t = 0; t < 12; t++)
            {
                row.Titles.Add(new Title
                {
                    Id = $"title-{r * 12 + t:D3}",
                    Name = $"A Title Called {r}-{t}",
                    Synopsis = new string('x', 200),
                    ReleaseYear = 2020,
                    Media = new TitleMedia
                    {
                        Status = MediaStatus.Ready,
                        DurationSeconds = 20,
                        MasterPlaylistPath = $"title-{r * 12 + t:D3}/v1/master.m3u8",
                        Renditions =
                        {
                            new MediaRendition { Name = "360p", Width = 640, Height = 360, Bandwidth = 800_000 },
                            new MediaRendition { Name = "720p", Width = 1280, Height = 720, Bandwidth = 2_800_000 },
                        },
                    },
                });
            }

            _response.Rows.Add(row);
        }

        _bytes = _response.ToByteArray();
    }

    [Benchmark]
    public byte[] Serialize() => _response.ToByteArray();

    [Benchmark]
    public GetHomeRowsResponse Parse() => GetHomeRowsResponse.Parser.ParseFrom(_bytes);
}
