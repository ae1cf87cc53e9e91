using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Streamflix.Encoder.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Media;

namespace Streamflix.Web.Tests;

public sealed class SourceUploaderTests
{
    private const int KiB = 1024;
    private const long MiB = 1024 * 1024;

    private readonly FakeIngestClient _encoder = new();
    private readonly TestAuthenticationState _admin = new() { User = AccountSamples.SignedIn(AccountSamples.Tokens(roles: ["admin"])) };

    [Fact]
    public async Task A_200_KiB_file_goes_as_metadata_then_four_chunks_of_at_most_64_KiB()
    {
        var bytes = Bytes(200 * KiB);

        var result = await Uploader().UploadAsync(Upload(bytes), _ => { }, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        var metadata = _encoder.Messages[0];
        Assert.Equal(UploadSourceRequest.PayloadOneofCase.Metadata, metadata.PayloadCase);
        Assert.Equal(("the-long-night", "The Long Night", "night.mp4"),
            (metadata.Metadata.TitleId, metadata.Metadata.TitleName, metadata.Metadata.FileName));
        var chunks = _encoder.Messages.Skip(1).ToList();
        Assert.Equal(4, chunks.Count);
        Assert.All(chunks, chunk =>
        {
            Assert.Equal(UploadSourceRequest.PayloadOneofCase.Chunk, chunk.PayloadCase);
            Assert.InRange(chunk.Chunk.Length, 1, SourceUploader.ChunkSize);
        });
        Assert.Equal(bytes, chunks.SelectMany(chunk => chunk.Chunk.ToByteArray()).ToArray());
    }

    [Fact]
    public async Task A_stream_that_returns_a_few_bytes_per_read_still_goes_in_full_chunks()
    {
        var bytes = Bytes(130 * KiB);

        await Uploader().UploadAsync(Upload(new TrickleStream(bytes, 1000)), _ => { }, CancellationToken.None);

        Assert.Equal([SourceUploader.ChunkSize, SourceUploader.ChunkSize, 2 * KiB],
            _encoder.Messages.Skip(1).Select(chunk => chunk.Chunk.Length));
    }

    [Fact]
    public async Task Progress_rises_with_each_chunk_and_reaches_the_total()
    {
        var bytes = Bytes(200 * KiB);
        var reported = new List<long>();

        await Uploader().UploadAsync(Upload(bytes), reported.Add, CancellationToken.None);

        Assert.Equal([64 * KiB, 128 * KiB, 192 * KiB, 200 * KiB], reported);
    }

    [Fact]
    public async Task The_upload_carries_the_admins_access_token()
    {
        await Uploader().UploadAsync(Upload(Bytes(10)), _ => { }, CancellationToken.None);

        Assert.Equal($"Bearer {Viewer.From(_admin.User)!.AccessToken}", _encoder.Authorization);
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated, "Your sign-in has expired. Reload the page and try again.")]
    [InlineData(StatusCode.PermissionDenied, "Only admins can upload videos.")]
    public async Task A_refused_token_says_what_the_admin_can_do(StatusCode code, string message)
    {
        _encoder.Respond = _ => throw FakeIngestClient.Failure(code, "The access token is invalid or expired; sign in again.");

        var result = await Uploader().UploadAsync(Upload(Bytes(100)), _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Refused, result.Outcome);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public async Task Success_carries_the_encoders_receipt()
    {
        var result = await Uploader().UploadAsync(Upload(Bytes(10)), _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Queued, result.Outcome);
        Assert.Equal(new UploadReceipt("job-1", "the-long-night", 6, 640, 360), result.Receipt);
        Assert.Equal("Encoding queued — the title page shows its progress", result.Message);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "'notes.mp4' is not a video file ffprobe recognises")]
    [InlineData(StatusCode.InvalidArgument, "title_id '../x' is not a lowercase slug.")]
    [InlineData(StatusCode.ResourceExhausted, "The upload exceeds the limit of 536870912 bytes (Encoder:MaxUploadBytes).")]
    public async Task A_refusal_by_the_encoder_shows_its_message(StatusCode code, string detail)
    {
        _encoder.Respond = _ => throw FakeIngestClient.Failure(code, detail);

        var result = await Uploader().UploadAsync(Upload(Bytes(100)), _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Refused, result.Outcome);
        Assert.Equal(detail, result.Message);
        Assert.Null(result.Receipt);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Unknown)]
    public async Task Any_other_failure_says_the_encoder_is_unavailable_without_its_detail(StatusCode code)
    {
        _encoder.Respond = _ => throw FakeIngestClient.Failure(code, "NullReferenceException at Ingest.cs:42");

        var result = await Uploader().UploadAsync(Upload(Bytes(100)), _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Unavailable, result.Outcome);
        Assert.Equal("The encoder is unavailable right now. Please try again in a moment.", result.Message);
    }

    [Fact]
    public async Task A_write_failing_after_the_encoder_ended_the_call_reports_the_encoders_answer_not_the_write()
    {
        // The write fails as Cancelled, which alone would read as "unavailable"; the encoder's answer says why.
        _encoder.EndCallEarlyWith = FakeIngestClient.Failure(StatusCode.ResourceExhausted, "The upload exceeds the limit.");
        var reported = new List<long>();

        var result = await Uploader().UploadAsync(Upload(Bytes(200 * KiB)), reported.Add, CancellationToken.None);

        Assert.Equal(UploadOutcome.Refused, result.Outcome);
        Assert.Equal("The upload exceeds the limit.", result.Message);
        Assert.Empty(reported);
        Assert.Empty(_encoder.Messages);
    }

    [Fact]
    public async Task A_write_that_never_finishes_after_the_encoder_answered_does_not_hold_the_upload()
    {
        _encoder.EndCallEarlyWith = FakeIngestClient.Failure(StatusCode.PermissionDenied, "Only admins may upload.");
        _encoder.WritesHangAfterTheAnswer = true;

        // Bounded: before, the upload waited on the first write forever.
        var result = await Uploader().UploadAsync(Upload(Bytes(200 * KiB)), _ => { }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(UploadOutcome.Refused, result.Outcome);
        Assert.Equal("Only admins can upload videos.", result.Message);
    }

    [Fact]
    public async Task An_open_circuit_refusing_the_call_says_the_encoder_is_unavailable()
    {
        _encoder.FailCallWith = FakeIngestClient.Failure(StatusCode.Unavailable, "Calls to 'encoder' are suspended.");

        var result = await Uploader().UploadAsync(Upload(Bytes(100)), _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Unavailable, result.Outcome);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_opened_or_anything_is_sent()
    {
        var opened = false;
        var upload = new SourceUpload(() => { opened = true; return new MemoryStream(); }, 2 * MiB + 1, "t", "T", "big.mp4");

        var result = await Uploader(maxBytes: 2 * MiB).UploadAsync(upload, _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.TooLarge, result.Outcome);
        Assert.Equal("The file is larger than the upload limit of 2 MB.", result.Message);
        Assert.False(opened);
        Assert.Equal(0, _encoder.Calls);
        Assert.Empty(_encoder.Messages);
    }

    [Fact]
    public async Task A_stream_longer_than_declared_is_stopped_at_the_limit()
    {
        var bytes = Bytes((int)(1 * MiB) + 1);
        var upload = new SourceUpload(() => new MemoryStream(bytes), 10, "t", "T", "liar.mp4");

        var result = await Uploader(maxBytes: 1 * MiB).UploadAsync(upload, _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.TooLarge, result.Outcome);
        Assert.True(_encoder.Messages.Skip(1).Sum(chunk => chunk.Chunk.Length) <= 1 * MiB);
    }

    [Fact]
    public async Task A_source_the_browser_stops_sending_is_reported_as_unreadable()
    {
        var upload = new SourceUpload(() => throw new IOException("The circuit went away."), 100, "t", "T", "a.mp4");

        var result = await Uploader().UploadAsync(upload, _ => { }, CancellationToken.None);

        Assert.Equal(UploadOutcome.Unreadable, result.Outcome);
    }

    [Fact]
    public async Task Leaving_the_page_cancels_instead_of_reporting_a_failure()
    {
        using var leaving = new CancellationTokenSource();
        await leaving.CancelAsync();
        _encoder.EndCallEarlyWith = FakeIngestClient.Failure(StatusCode.Cancelled);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Uploader().UploadAsync(Upload(Bytes(100)), _ => { }, leaving.Token));
    }

    private SourceUploader Uploader(long maxBytes = 512 * MiB) =>
        new(_encoder, new UserTokens(_admin), Options.Create(new UploadOptions { MaxBytes = maxBytes }), NullLogger<SourceUploader>.Instance);

    private static SourceUpload Upload(byte[] bytes) => Upload(new MemoryStream(bytes));

    private static SourceUpload Upload(Stream content) =>
        new(() => content, content.Length, "the-long-night", "The Long Night", "night.mp4");

    private static byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Hands over at most a few bytes per read, as a stream fed by the network does.</summary>
    private sealed class TrickleStream(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(perRead, buffer.Length)], cancellationToken);
    }
}
