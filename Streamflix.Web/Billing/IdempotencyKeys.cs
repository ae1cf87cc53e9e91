using Grpc.Core;
using Streamflix.Web.Forms;

namespace Streamflix.Web.Billing;

/// <summary>
/// The key a payment form carries so that billing charges at most once for it. A new key is made
/// with each fresh form; the same form posted twice (a double click, a reload) carries the same
/// key, and billing answers the second post with the first outcome.
/// </summary>
public static class IdempotencyKeys
{
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The contract's shape: 8..64 of [A-Za-z0-9-_].</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: >= 8 and <= 64 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The posted key, or a new one when the form came without a usable key.</summary>
    public static string ForSubmit(string? posted) => IsWellFormed(posted) ? posted! : New();

    /// <summary>
    /// The key the form carries after a failed submit. When billing gave no answer (unavailable,
    /// timed out) the charge may or may not have happened, so the retry must repeat the same key:
    /// billing then returns the first outcome instead of charging again. After a definite refusal
    /// (declined, invalid) the viewer will change something, and the same key with other
    /// parameters would be refused, so the form gets a new one.
    /// </summary>
    public static string AfterFailure(string usedKey, StatusCode status) =>
        ServiceAnswers.IsAnswer(status) ? New() : usedKey;
}
