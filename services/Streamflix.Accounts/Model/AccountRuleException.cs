namespace Streamflix.Accounts.Model;

/// <summary>The request is well formed but the account's current state forbids it (FailedPrecondition).</summary>
public sealed class AccountRuleException(string message) : Exception(message);
