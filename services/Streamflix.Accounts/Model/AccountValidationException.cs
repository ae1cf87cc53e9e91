namespace Streamflix.Accounts.Model;

/// <summary>The request breaks one or more field rules; each message names its field (InvalidArgument).</summary>
public sealed class AccountValidationException(IReadOnlyList<FieldMessage> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<FieldMessage> Problems { get; } = problems;

    public AccountValidationException(string field, string message) : this([new FieldMessage(field, message)])
    {
    }

    /// <summary>Throws when <paramref name="problems"/> holds anything, so callers can gather every field first.</summary>
    public static void ThrowIfAny(IReadOnlyCollection<FieldMessage> problems)
    {
        if (problems.Count > 0)
        {
            throw new AccountValidationException([.. problems]);
        }
    }
}
