namespace Streamflix.Recommendations.Model;

/// <summary>The thing asked for does not exist for this caller. Becomes NotFound.</summary>
public sealed class RecommendationsNotFoundException(string message) : Exception(message)
{
    // Another account's profile reads exactly like one that does not exist: ids are not confirmed.
    public static RecommendationsNotFoundException Profile() => new("No such profile on your account.");
}
