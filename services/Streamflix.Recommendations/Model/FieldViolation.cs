namespace Streamflix.Recommendations.Model;

/// <summary>One request field and what is wrong with it ("profile_id", "titles_per_row", …).</summary>
public sealed record FieldViolation(string Field, string Message);
