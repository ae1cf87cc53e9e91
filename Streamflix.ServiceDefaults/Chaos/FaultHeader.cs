namespace Streamflix.ServiceDefaults.Chaos;

public static class FaultHeader
{
    /// <summary>
    /// The request-scoped fault scenario: <c>target=kind[:arg][@percent](;…)</c>, e.g.
    /// <c>catalog=latency:2000;recommendations=error@50</c>. Lower case, as HTTP/2 and gRPC metadata require.
    /// </summary>
    public const string Name = "x-streamflix-fault";
}
