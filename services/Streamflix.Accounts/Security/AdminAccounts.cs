using Microsoft.Extensions.Options;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Security;

/// <summary>
/// Who administers Streamflix: decided by configuration, not stored, so that granting or removing
/// the role is a configuration change and the next access token carries it.
/// </summary>
public sealed class AdminAccounts
{
    private readonly HashSet<string> _emails;

    public AdminAccounts(IOptions<AccountsOptions> options)
        : this(options.Value)
    {
    }

    public AdminAccounts(AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _emails = (options.AdminEmails ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(EmailAddress.Normalize)
            .ToHashSet(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(options.AdminPassword))
        {
            _emails.Add(EmailAddress.Normalize(options.AdminEmail));
        }
    }

    public bool IsAdmin(string email) => _emails.Contains(EmailAddress.Normalize(email));
}
