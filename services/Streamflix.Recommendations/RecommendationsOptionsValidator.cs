using Microsoft.Extensions.Options;

namespace Streamflix.Recommendations;

/// <summary>Refuses to start with options that would break decay or caching, naming each setting.</summary>
public sealed class RecommendationsOptionsValidator : IValidateOptions<RecommendationsOptions>
{
    public ValidateOptionsResult Validate(string? name, RecommendationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
