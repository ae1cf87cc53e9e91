using Google.Protobuf;
using Grpc.Core;
using Streamflix.Encoder.Contracts;
using Streamflix.Encoder.Events;
using Streamflix.Encoder.Ingest;
using Streamflix.EventBus;

namespace Streamflix.Encoder.Tests;

public sealed class MediaIngestServiceTests : IDisposable
{
    private readonly EncoderTestHost _host = new(maxUploadBytes: 2 * 1024 * 1024);

    public void Dispose() => _host.Dispose();

    private static IEnumerable<UploadSourceRequest> Upload(string titleId, string fileName, byte[] content, int chunkSize = 64 * 1024)
    {
        yield return new UploadSourceRequest
        {
            Metadata = new SourceMetadata { TitleId = titleId, TitleName = "An Upload", FileName = fileName },
        };
        for (var offset = 0; offset < content.Length; offset += chunkSize)
        {
            yield return new UploadSourceRequest { Chunk = ByteString.CopyFrom(content, offset, Math.Min(chunkSize, content.Length - offset)) };
        }
    }

    private Task<UploadSourceResponse> SendAsync(IEnumerable<UploadSourceRequest> messages) =>
        _host.Get<MediaIngestService>().UploadSource(new MessageStream<UploadSourceRequest>(messages), new TestServerCallContext());

    private IEnumerable<string> StoredFiles() =>
        Directory.Exists(_host.UploadPath) ? Directory.EnumerateFiles(_host.UploadPath, "*", SearchOption.AllDirectories) : [];

    [FfmpegFact]
    public async Task A_video_is_kept_and_queued_for_encoding_with_high_priority()
    {
        var video = await File.ReadAllBytesAsync(await _host.CreateUploadedSourceAsync(seconds: 2));
        Directory.Delete(_host.UploadPath, recursive: true);

        var response = await SendAsync(Upload("my-film", "My Film.MP4", video));

        Assert.Equal("my-film", response.TitleId);
        Assert.Equal((320, 180), (response.Width, response.Height));
        Assert.Equal(2, response.DurationSeconds, 0.2);
        var (published, priority) = Assert.Single(_host.Publisher.Published);
        var request = Assert.IsType<EncodeRequested>(published);
        Assert.Equal(EventPriority.High, priority);
        Assert.Equal((SourceKind.Uploaded, response.JobId), (request.Source, request.JobId.ToString()));
        Assert.Equal(Path.Combine(_host.UploadPath, request.JobId.ToString("N"), "source.mp4"), request.SourcePath);
        Assert.Equal(video, await File.ReadAllBytesAsync(request.SourcePath!));
        Assert.Single(StoredFiles());
    }

    [FfmpegFact]
    public async Task A_file_that_is_not_a_video_is_refused_and_nothing_is_stored()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => SendAsync(Upload("my-film", "notes.txt", "just text"u8.ToArray())));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("'notes.txt' is not a video file ffprobe recognises", error.Status.Detail);
        Assert.Empty(StoredFiles());
        Assert.Empty(_host.Publisher.Events);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_and_nothing_is_stored()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => SendAsync(Upload("my-film", "big.mp4", new byte[3 * 1024 * 1024])));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("2097152 bytes", error.Status.Detail);
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("Upper")]
    [InlineData("")]
    public async Task An_invalid_title_id_is_refused(string titleId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => SendAsync(Upload(titleId, "a.mp4", [1, 2, 3])));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("title_id", error.Status.Detail);
    }

    [Fact]
    public async Task A_file_name_longer_than_a_file_system_allows_is_refused_before_the_file_is_read()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => SendAsync(Upload("the-long-night", new string('a', 256) + ".mp4", [1, 2, 3])));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("file_name", error.Status.Detail);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task The_first_message_must_be_metadata()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            () => SendAsync([new UploadSourceRequest { Chunk = ByteString.CopyFrom(1, 2, 3) }]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
