namespace Streamflix.Accounts.Model;

/// <summary>
/// One spelling per mailbox: trimmed and lower-cased (invariant culture), so that "Ann@X.com " and
/// "ann@x.com" are the same account. The shape check is deliberately loose; only delivery proves
/// an address, but obvious typos are caught before an account is made.
/// </summary>
public static class EmailAddress
{
    public const string Field = "email";

    // RFC 5321: a path is at most 256 octets including the angle brackets, so 254 for the address.
    public const int MaxLength = 254;
    public const int MaxLocalPartLength = 64;

    public static string Normalize(string? raw) => (raw ?? "").Trim().ToLowerInvariant();

    /// <summary>The problem with an already normalised address, or null when it is acceptable.</summary>
    public static FieldMessage? Check(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length == 0)
        {
            return new FieldMessage(Field, "Email is required.");
        }

        if (normalized.Length > MaxLength)
        {
            return new FieldMessage(Field, $"Email must be at most {MaxLength} characters.");
        }

        return HasMailboxShape(normalized)
            ? null
            : new FieldMessage(Field, "Enter an email address like name@example.com.");
    }

    /// <summary>Normalises and checks; throws InvalidArgument-style when the address is unusable.</summary>
    public static string Require(string? raw)
    {
        var normalized = Normalize(raw);
        if (Check(normalized) is { } problem)
        {
            throw new AccountValidationException([problem]);
        }

        return normalized;
    }

    /// <summary>The part before the last '@' ("ann" for "ann@x.com"); the whole text when there is none.</summary>
    public static string LocalPart(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var at = normalized.LastIndexOf('@');
        return at < 0 ? normalized : normalized[..at];
    }

    private static bool HasMailboxShape(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at > MaxLocalPartLength)
        {
            return false;
        }

        // ASCII only: a Cyrillic 'а' makes "аdmin@streamflix.local" look like the staff account to
        // the viewers and support staff who read it. Internationalised mailboxes are rare enough to refuse.
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || !char.IsAscii(c)))
        {
            return false;
        }

        var local = address[..at];
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        // A domain of at least two labels, none empty and none starting or ending with a hyphen.
        var labels = address[(at + 1)..].Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-');
    }
}
