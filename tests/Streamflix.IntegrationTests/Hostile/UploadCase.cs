using Google.Protobuf;
using Streamflix.Encoder.Contracts;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// One upload to the encoder: the messages sent, whether as staff, and the word the refusal must
/// name when the case is about one metadata field (so that a file_name check that does not exist is
/// not hidden behind the later "not a video" refusal).
/// </summary>
public sealed record UploadCase(
    HostileCategory Category,
    string Name,
    IReadOnlyList<UploadSourceRequest> Messages,
    bool AsAdmin = true,
    string? RefusalMustName = null,
    bool MustReject = true)
{
    public static UploadSourceRequest Metadata(string titleId, string titleName = "Hostile upload", string fileName = "upload.mp4") =>
        new() { Metadata = new SourceMetadata { TitleId = titleId, TitleName = titleName, FileName = fileName } };

    public static UploadSourceRequest Chunk(byte[] bytes) => new() { Chunk = ByteString.CopyFrom(bytes) };
}
