using Microsoft.Extensions.Options;

namespace Streamflix.Playback;

/// <summary>Refuses to start with options that would break the lease or steering rules, naming each setting.</summary>
public sealed class PlaybackOptionsValidator : IValidateOptions<PlaybackOptions>
{
    public ValidateOptionsResult Validate(string? name, PlaybackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
