using System.Text;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Uploads that must be refused: files that are not video (including playlists that would make
/// ffprobe reach for local files or the network), broken streams, hostile metadata, too-large chunks.
/// </summary>
public static class UploadCases
{
    public static IEnumerable<UploadCase> All(string titleId)
    {
        UploadCase NotVideo(string name, byte[] body, string fileName = "upload.mp4") =>
            new(HostileCategory.Upload, $"not a video: {name}", [UploadCase.Metadata(titleId, fileName: fileName), UploadCase.Chunk(body)]);

        yield return NotVideo("plain text", "hello, this is not a video"u8.ToArray());
        yield return NotVideo("64 KiB of random bytes", RandomBytes(64 * 1024));
        yield return NotVideo("PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        yield return NotVideo("HTML with script", "<html><script>alert(1)</script></html>"u8.ToArray(), "index.html");
        yield return NotVideo("truncated MP4 (ftyp box only)", [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0, 0, 2, 0, 0x69, 0x73, 0x6F, 0x6D, 0x69, 0x73, 0x6F, 0x32]);
        yield return NotVideo("HLS playlist naming a local file", Encoding.ASCII.GetBytes("#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n"), "source.m3u8");
        yield return NotVideo("HLS playlist naming a metadata endpoint", Encoding.ASCII.GetBytes("#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nhttp://169.254.169.254/latest/meta-data/\n#EXT-X-ENDLIST\n"), "source.m3u8");
        yield return NotVideo("ffconcat list naming a local file", Encoding.ASCII.GetBytes("ffconcat version 1.0\nfile '/etc/passwd'\n"), "list.ffconcat");
        yield return NotVideo("SVG with script", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray(), "poster.svg");

        yield return new(HostileCategory.Malformed, "no messages at all", []);
        yield return new(HostileCategory.Malformed, "metadata only, no file", [UploadCase.Metadata(titleId)]);
        yield return new(HostileCategory.Malformed, "chunk before metadata", [UploadCase.Chunk([1, 2, 3]), UploadCase.Metadata(titleId)]);
        yield return new(HostileCategory.Malformed, "metadata twice", [UploadCase.Metadata(titleId), UploadCase.Metadata(titleId), UploadCase.Chunk([1, 2, 3])]);
        yield return new(HostileCategory.Malformed, "empty chunk only", [UploadCase.Metadata(titleId), UploadCase.Chunk([])]);
        yield return new(HostileCategory.Oversized, "one 5 MiB chunk (over the message limit)", [UploadCase.Metadata(titleId), UploadCase.Chunk(new byte[5 * 1024 * 1024])]);

        yield return new(HostileCategory.Upload, "anonymous caller", [UploadCase.Metadata(titleId), UploadCase.Chunk([1, 2, 3])], AsAdmin: false);

        foreach (var value in HostileStrings.All)
        {
            yield return new(value.Category, $"title_id = {value.Label}",
                [UploadCase.Metadata(value.Value.ToString()!), UploadCase.Chunk([1, 2, 3])], RefusalMustName: "title_id");
            if (value.AlwaysInvalid)
            {
                yield return new(value.Category, $"title_name = {value.Label}",
                    [UploadCase.Metadata(titleId, titleName: value.Value.ToString()!), UploadCase.Chunk([1, 2, 3])], RefusalMustName: "title_name");
                yield return new(value.Category, $"file_name = {value.Label}",
                    [UploadCase.Metadata(titleId, fileName: value.Value.ToString()!), UploadCase.Chunk([1, 2, 3])], RefusalMustName: "file_name");
            }
        }
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(9).NextBytes(bytes);
        return bytes;
    }
}
