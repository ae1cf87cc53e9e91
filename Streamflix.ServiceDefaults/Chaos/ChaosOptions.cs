namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// <c>Chaos:Enabled</c>: whether this process honours fault injection at all (request headers,
/// the shared Redis fault, the /chaos endpoints). Off unless the AppHost turns it on.
/// </summary>
public sealed class ChaosOptions
{
    public const string SectionName = "Chaos";

    public bool Enabled { get; set; }

    /// <summary>How often every instance re-reads the shared fault from Redis (contract: at most 1 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
