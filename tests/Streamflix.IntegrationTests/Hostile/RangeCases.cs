namespace Streamflix.IntegrationTests.Hostile;

/// <summary>Range headers that are malformed, absurd or expensive; any answer but a 5xx is fine.</summary>
public static class RangeCases
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "bytes=abc",
        "bytes=-",
        "bytes=5-1",
        "bytes=--1",
        "bytes=1-2-3",
        "bytes=-0",
        "bytes=0-0",
        "bytes= 1 - 2 ",
        "bytes=0x10-0x20",
        "bytes=1e3-2e3",
        "bytes=99999999999999999999999-",
        "bytes=-99999999999999999999999",
        "bytes=18446744073709551616-",
        "bytes=9223372036854775807-9223372036854775807",
        "bytes=-9223372036854775808",
        "bytes=0-1,2-3",
        "bytes=" + string.Join(',', Enumerable.Range(0, 500).Select(i => $"{i}-{i}")),
        "items=0-10",
        "bytes=" + new string('9', 4000) + "-",
        "bytes=\u00e90-1",
    ];

    public static IEnumerable<HttpCase> For(string resource, string target) =>
        Headers.Select(header => new HttpCase(
            HostileCategory.BadRange,
            $"{resource} Range: {(header.Length > 60 ? header[..60] + "…" : header)}",
            resource, "GET", target, [("Range", header)], MustReject: false));
}
