using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Security;

public static class AccountsSecurityExtensions
{
    /// <summary>Password hashing, token issuing and the admin list, configured from "Accounts".</summary>
    public static IHostApplicationBuilder AddAccountsSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountsOptions>()
            .BindConfiguration(AccountsOptions.SectionName)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero, "Accounts:AccessTokenLifetime must be positive.")
            .Validate(o => o.RefreshTokenLifetime > o.AccessTokenLifetime,
                "Accounts:RefreshTokenLifetime must be longer than Accounts:AccessTokenLifetime.")
            .Validate(o => string.IsNullOrEmpty(o.AdminPassword) || EmailAddress.Check(EmailAddress.Normalize(o.AdminEmail)) is null,
                "Accounts:AdminEmail must be an email address.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddSingleton<AccountPasswordHasher>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddSingleton<AdminAccounts>();
        return builder;
    }
}
