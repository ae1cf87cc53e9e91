namespace Streamflix.Recommendations.Model;

/// <summary>GetRows input, checked: the profile id and the row limits (0 means the default).</summary>
public sealed record RowsRequest(Guid ProfileId, RowLimits Limits)
{
    public static RowsRequest Parse(string? profileId, int titlesPerRow, int maxRows)
    {
        var violations = new List<FieldViolation>();
        if (!Guid.TryParse(profileId, out var profile) || profile == Guid.Empty)
        {
            violations.Add(new FieldViolation("profile_id", "profile_id must be a profile id (a UUID)."));
        }

        if (titlesPerRow is < 0 or > RowLimits.MaxTitlesPerRow)
        {
            violations.Add(new FieldViolation("titles_per_row", $"titles_per_row must be between 1 and {RowLimits.MaxTitlesPerRow} (0 for {RowLimits.DefaultTitlesPerRow})."));
        }

        if (maxRows is < 0 or > RowLimits.MaxMaxRows)
        {
            violations.Add(new FieldViolation("max_rows", $"max_rows must be between 1 and {RowLimits.MaxMaxRows} (0 for {RowLimits.DefaultMaxRows})."));
        }

        if (violations.Count > 0)
        {
            throw new RecommendationsValidationException(violations);
        }

        return new RowsRequest(profile, new RowLimits(
            titlesPerRow == 0 ? RowLimits.DefaultTitlesPerRow : titlesPerRow,
            maxRows == 0 ? RowLimits.DefaultMaxRows : maxRows));
    }
}
