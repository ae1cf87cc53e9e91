using System.Diagnostics;
using Google.Protobuf;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>
/// An admin upload travels the whole pipeline: ingest → encode → origin → catalog, and the title
/// ends playable with the uploaded video instead of its demo one.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class UploadTests(StreamflixAppFixture fixture)
{
    private const int ChunkSize = 64 * 1024;

    private CatalogService.CatalogServiceClient Catalog => new(fixture.Channel("catalog"));

    [Fact]
    public async Task An_uploaded_video_is_encoded_and_the_title_becomes_ready_with_it()
    {
        // A title whose demo job is done, so that no demo encode races the upload's.
        var title = await fixture.FirstPlayableTitleAsync();
        using var folder = new TempFolder();
        var video = await GenerateVideoAsync(folder.Path);
        var ingest = new MediaIngest.MediaIngestClient(fixture.Channel("encoder"));

        using var call = ingest.UploadSource(await fixture.AdminAuthAsync());
        await call.RequestStream.WriteAsync(new UploadSourceRequest
        {
            Metadata = new SourceMetadata { TitleId = title.Id, TitleName = title.Name, FileName = "upload.mp4" },
        });
        await using (var file = File.OpenRead(video))
        {
            var buffer = new byte[ChunkSize];
            int read;
            while ((read = await file.ReadAsync(buffer)) > 0)
            {
                await call.RequestStream.WriteAsync(new UploadSourceRequest { Chunk = ByteString.CopyFrom(buffer, 0, read) });
            }
        }
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;

        Assert.True(Guid.TryParse(response.JobId, out _), response.JobId);
        Assert.Equal(title.Id, response.TitleId);
        Assert.InRange(response.DurationSeconds, 5.5, 6.5);
        Assert.Equal((640, 360), (response.Width, response.Height));

        // The demo video lasts 20 s: Ready at about 6 s can only be the upload's ladder. A failure
        // is not final here: the catalog may report an earlier job's status before this one's.
        var waited = Stopwatch.StartNew();
        Title current;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            current = await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id });
        }
        while (!IsUploadedLadder(current) && waited.Elapsed < StreamflixAppFixture.PlayableTimeout);

        Assert.True(IsUploadedLadder(current),
            $"After {waited.Elapsed.TotalSeconds:F0} s: {current.Media.Status}, {current.Media.DurationSeconds} s, '{current.Media.FailureReason}'");
        Assert.NotEmpty(current.Media.Renditions);
    }

    private static bool IsUploadedLadder(Title title) =>
        title.Media.Status == MediaStatus.Ready && Math.Abs(title.Media.DurationSeconds - 6) <= 1;

    /// <summary>A 6-second 640x360 H.264 + AAC file, as a phone or an editor would produce.</summary>
    private static async Task<string> GenerateVideoAsync(string folder)
    {
        var output = Path.Combine(folder, "upload.mp4");
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=24:duration=6",
            "-f", "lavfi", "-i", "sine=frequency=440:duration=6",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        var errors = ffmpeg.StandardError.ReadToEndAsync();
        _ = ffmpeg.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await ffmpeg.WaitForExitAsync(timeout.Token);
        Assert.True(ffmpeg.ExitCode == 0, $"ffmpeg failed: {await errors}");
        return output;
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("streamflix-upload-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
