namespace Streamflix.Playback.Model;

/// <summary>One request field and what is wrong with it ("profile_id", "position_seconds", …).</summary>
public sealed record FieldViolation(string Field, string Message);
