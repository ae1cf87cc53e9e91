namespace Streamflix.Playback.Model;

/// <summary>The request breaks a rule; each violation names its field. Becomes InvalidArgument.</summary>
public sealed class PlaybackValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception(string.Join(" ", violations.Select(v => v.Message)))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public static PlaybackValidationException For(string field, string message) => new([new FieldViolation(field, message)]);
}
