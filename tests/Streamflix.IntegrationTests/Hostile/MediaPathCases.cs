namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Traversal in every spelling we know of, placed where a title id, a relative path or a version
/// goes, on origin's reads and key-holding writes and on the edges' signed paths.
/// </summary>
public static class MediaPathCases
{
    /// <summary>Raw request-target text: nothing here is decoded or normalised before it is sent.</summary>
    public static IReadOnlyList<string> Traversals { get; } =
    [
        "../../../etc/passwd",
        "..%2f..%2fetc%2fpasswd",
        "%2e%2e/%2e%2e/etc/passwd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "%252e%252e%252fetc%252fpasswd",
        "..%5c..%5cetc%5cpasswd",
        "..\\..\\etc\\passwd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "%c0%af..%c0%afetc%c0%afpasswd",
        "..;/..;/etc/passwd",
        "....//....//etc/passwd",
        ".%2e/.%2e/etc/passwd",
        "master.m3u8%00.ts",
        "%e2%88%95..%e2%88%95etc",
        "%ef%bc%8f..%ef%bc%8fetc",
        "./master.m3u8",
        "v1/../../other-title/master.m3u8",
        "/etc/passwd",
        "%2F%2Fetc%2Fpasswd",
        new string('a', 300) + "/master.m3u8",
        string.Join('/', Enumerable.Repeat("a", 40)),
    ];

    public static IEnumerable<HttpCase> Origin(string titleId, string writeKey)
    {
        var key = new[] { ("X-Origin-Key", writeKey) };
        foreach (var t in Traversals)
        {
            yield return new(HostileCategory.Traversal, $"origin GET /media/{{x}} x={t}", "origin", "GET", $"/media/{t}", [], MustReject: true);
            yield return new(HostileCategory.Traversal, $"origin GET /media/title/{{x}} x={t}", "origin", "GET", $"/media/{titleId}/{t}", [], MustReject: true);
            yield return new(HostileCategory.Traversal, $"origin GET manifest x={t}", "origin", "GET", $"/titles/{t}/manifest", [], MustReject: true);
            // With the real key: only the path rules stand between a writer and the file system.
            yield return new(HostileCategory.Traversal, $"origin PUT (keyed) x={t}", "origin", "PUT", $"/media/{titleId}/{t}", key, MustReject: true, Body: "#EXTM3U\n"u8.ToArray());
            yield return new(HostileCategory.Traversal, $"origin DELETE (keyed) keep={t}", "origin", "DELETE", $"/media/hostile-no-such-title?keep={t}", key, MustReject: true);
        }
    }

    public static IEnumerable<HttpCase> Edge(string resource, string signedTitlePrefix)
    {
        foreach (var t in Traversals)
        {
            yield return new(HostileCategory.Traversal, $"{resource} GET /v/{{x}} x={t}", resource, "GET", $"/v/{t}", [], MustReject: true);
            // A genuine signature does not make a traversal acceptable.
            yield return new(HostileCategory.Traversal, $"{resource} GET signed/{{x}} x={t}", resource, "GET", $"{signedTitlePrefix}/{t}", [], MustReject: true);
        }
    }
}
