namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// One raw HTTP request to origin or an edge. <paramref name="MustReject"/>: only a 4xx will do (a
/// traversal or a forged signature); otherwise any answer but a 5xx is acceptable (a silly Range
/// header may be ignored with 200, as RFC 9110 allows).
/// </summary>
public sealed record HttpCase(
    HostileCategory Category,
    string Name,
    string Resource,
    string Method,
    string Target,
    IReadOnlyList<(string Name, string Value)> Headers,
    bool MustReject,
    byte[]? Body = null);
