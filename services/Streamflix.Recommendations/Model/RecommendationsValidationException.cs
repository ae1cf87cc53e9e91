namespace Streamflix.Recommendations.Model;

/// <summary>The request breaks a rule; each violation names its field. Becomes InvalidArgument.</summary>
public sealed class RecommendationsValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception(string.Join(" ", violations.Select(v => v.Message)))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
