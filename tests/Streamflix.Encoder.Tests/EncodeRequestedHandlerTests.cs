using Streamflix.Encoder.Media;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Runtime.Versioning;
using Streamflix.Encoder.Events;
using Xunit.Abstractions;

namespace Streamflix.Encoder.Tests;

/// <summary>Whole jobs through the handler: real ffmpeg, the bus and origin recorded. Linux: /bin/sh stand-ins, /proc.</summary>
[SupportedOSPlatform("linux")]
public sealed class EncodeRequestedHandlerTests(ITestOutputHelper output) : IDisposable
{
    private readonly EncoderTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [FfmpegFact]
    public async Task A_demo_title_is_encoded_uploaded_master_last_and_completed()
    {
        var request = new EncodeRequested("the-long-night", "The Long Night", SourceKind.Generated, null, DemoDurationSeconds: 20);
        var encodeSeconds = new List<double>();
        using var listener = ListenTo("streamflix.encoder.encode.duration", encodeSeconds);
        var watch = Stopwatch.StartNew();

        await _host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None);

        output.WriteLine($"20 s 720p demo title: whole job {watch.Elapsed.TotalSeconds:0.0} s, ladder pass {encodeSeconds.Single():0.0} s");
        var events = _host.Publisher.Events;
        Assert.IsType<EncodingStarted>(events[0]);
        var completed = Assert.IsType<EncodingCompleted>(events[^1]);
        Assert.Equal(request.JobId, completed.JobId);
        // Each encode has its own version folder, so edges never mix segments of two encodes.
        var version = OriginUploader.VersionOf(request.JobId);
        Assert.Matches("^v[0-9a-f]{12}$", version);
        Assert.Equal($"the-long-night/{version}/master.m3u8", completed.MasterPlaylistPath);
        Assert.Equal(20, completed.DurationSeconds, 0.2);
        Assert.Equal(["240p", "480p", "720p"], completed.Renditions.Select(r => r.Name));
        Assert.All(completed.Renditions, r => Assert.Equal(25, r.FrameRate)); // rgbtestsrc at 25 fps for this id

        var progress = events.OfType<EncodingProgressed>().Select(p => p.Percent).ToList();
        output.WriteLine($"progress events: {string.Join(", ", progress)}");
        Assert.Equal(100, progress[^1]);
        Assert.InRange(progress.Count, 2, 15);

        var requests = _host.Origin.Requests;
        // Master last among the files, then older versions dropped: the new one is complete first.
        Assert.Equal(("PUT", $"/media/the-long-night/{version}/master.m3u8"), (requests[^2].Method, requests[^2].Path));
        Assert.Equal("DELETE", requests[^1].Method);
        Assert.StartsWith("/media/the-long-night", requests[^1].Path);
        Assert.Single(requests, r => r.Method == "DELETE");
        Assert.All(requests, r => Assert.Equal(EncoderTestHost.WriteKey, r.Key));
        Assert.Equal(3 * 5 + 3 + 1, requests.Count(r => r.Method == "PUT")); // 5 segments of 4 s per rung, 3 playlists, master
        Assert.Contains(requests, r => r.Path == $"/media/the-long-night/{version}/720p/seg_004.ts" && r.BodyBytes > 0);
        Assert.False(Directory.Exists(Path.Combine(_host.WorkPath, request.JobId.ToString("N"))));
    }

    [FfmpegFact]
    public async Task An_upload_that_is_not_a_video_fails_the_job_without_throwing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_host.UploadPath, "job")).FullName;
        var path = Path.Combine(folder, "source.mp4");
        await File.WriteAllTextAsync(path, "this is text, not a video");
        var request = new EncodeRequested("not-a-video", "Not a video", SourceKind.Uploaded, path, 0);

        await _host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None);

        var failed = Assert.IsType<EncodingFailed>(_host.Publisher.Events[^1]);
        Assert.Contains("ffprobe cannot read the source", failed.Reason);
        Assert.Empty(_host.Origin.Requests);
    }

    [FfmpegFact]
    public async Task A_source_outside_the_upload_folder_is_refused()
    {
        var request = new EncodeRequested("sneaky", "Sneaky", SourceKind.Uploaded, "/etc/passwd", 0);

        await _host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None);

        Assert.Contains("outside", Assert.IsType<EncodingFailed>(_host.Publisher.Events[^1]).Reason);
    }

    [FfmpegFact]
    public async Task An_invalid_title_id_fails_before_anything_starts()
    {
        var request = new EncodeRequested("../escape", "Escape", SourceKind.Generated, null, 20);

        await _host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None);

        Assert.IsType<EncodingFailed>(Assert.Single(_host.Publisher.Events));
    }

    [FfmpegFact]
    public async Task When_origin_is_down_the_job_throws_so_the_bus_retries_it()
    {
        var source = await _host.CreateUploadedSourceAsync();
        _host.Origin.Status = HttpStatusCode.ServiceUnavailable;
        var request = new EncodeRequested("origin-down", "Origin down", SourceKind.Uploaded, source, 0);

        await Assert.ThrowsAsync<HttpRequestException>(() => _host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None));

        Assert.DoesNotContain(_host.Publisher.Events, e => e is EncodingCompleted or EncodingFailed);
        Assert.False(Directory.Exists(Path.Combine(_host.WorkPath, request.JobId.ToString("N"))));
    }

    [FfmpegFact]
    public async Task When_ffmpeg_fails_the_job_fails_with_its_last_stderr_lines()
    {
        var fakeFfmpeg = Path.Combine(Path.GetTempPath(), $"failing-ffmpeg-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(fakeFfmpeg, "#!/bin/sh\necho 'first line' >&2\necho 'Error: encoder exploded' >&2\nexit 1\n");
        File.SetUnixFileMode(fakeFfmpeg, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            using var host = new EncoderTestHost(ffmpegPath: fakeFfmpeg);
            var source = await host.CreateUploadedSourceAsync();
            var request = new EncodeRequested("ffmpeg-fails", "Fails", SourceKind.Uploaded, source, 0);

            await host.Get<EncodeRequestedHandler>().HandleAsync(request, CancellationToken.None);

            var failed = Assert.IsType<EncodingFailed>(host.Publisher.Events[^1]);
            Assert.Equal("ffmpeg exited with code 1: first line\nError: encoder exploded", failed.Reason);
            Assert.Empty(host.Origin.Requests);
        }
        finally
        {
            File.Delete(fakeFfmpeg);
        }
    }

    [FfmpegFact]
    public async Task Cancelling_a_job_kills_ffmpeg_and_cleans_up()
    {
        var request = new EncodeRequested("cancelled", "Cancelled", SourceKind.Generated, null, DemoDurationSeconds: 60);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _host.Get<EncodeRequestedHandler>().HandleAsync(request, cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
        var jobFolder = Path.Combine(_host.WorkPath, request.JobId.ToString("N"));
        Assert.False(Directory.Exists(jobFolder));
        Assert.DoesNotContain(RunningCommandLines(), c => c.Contains(jobFolder, StringComparison.Ordinal));
    }

    private static MeterListener ListenTo(string instrument, List<double> values)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == "Streamflix.Encoder" && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (values)
            {
                values.Add(value);
            }
        });
        listener.Start();
        return listener;
    }

    private static IEnumerable<string> RunningCommandLines() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => Path.Combine(d, "cmdline"))
            .Select(f =>
            {
                try { return File.ReadAllText(f).Replace('\0', ' '); }
                catch (IOException) { return ""; }
                catch (UnauthorizedAccessException) { return ""; }
            });
}
