namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Request bodies that are not a valid protobuf message, or are too large for the server's 4 MiB
/// message limit: sent as raw bytes to every RPC. <c>MustReject</c> payloads can never be parsed;
/// the others parse (unknown field, replacement characters) and may be answered as an empty request.
/// </summary>
public static class MalformedPayloads
{
    public sealed record Payload(string Label, byte[] Body, bool MustReject, HostileCategory Category = HostileCategory.Malformed);

    public static IReadOnlyList<Payload> All { get; } =
    [
        new("truncated varint", [0x08, 0xFF, 0xFF], MustReject: true),
        new("length beyond the end", [0x0A, 0x7F, 0x41, 0x42], MustReject: true),
        new("field number 0", [0x00, 0x01], MustReject: true),
        new("stray end-group tag", [0x0C], MustReject: true),
        new("invalid UTF-8 in field 1 (overlong '/')", [0x0A, 0x04, 0xC0, 0xAF, 0xC0, 0xAE], MustReject: false),
        new("wrong wire type for field 1", [0x0D, 0x01, 0x02, 0x03, 0x04], MustReject: false),
        new("5 MiB field 1 (over the message limit)", OversizedField(5 * 1024 * 1024), MustReject: true, HostileCategory.Oversized),
    ];

    /// <summary>Field 1 as a length-delimited value of <paramref name="length"/> bytes of 'a'.</summary>
    private static byte[] OversizedField(int length)
    {
        var header = new List<byte> { 0x0A };
        for (var value = (uint)length; ; value >>= 7)
        {
            if (value < 0x80)
            {
                header.Add((byte)value);
                break;
            }

            header.Add((byte)(value | 0x80));
        }

        var body = new byte[header.Count + length];
        header.CopyTo(body);
        body.AsSpan(header.Count).Fill((byte)'a');
        return body;
    }
}
