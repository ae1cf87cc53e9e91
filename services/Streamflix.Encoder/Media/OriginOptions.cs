namespace Streamflix.Encoder.Media;

/// <summary>The "Origin" configuration section.</summary>
public sealed class OriginOptions
{
    public const string SectionName = "Origin";

    /// <summary>Sent as X-Origin-Key on every write; an Aspire parameter shared with origin, never a literal.</summary>
    public string WriteKey { get; set; } = "";
}
