using Google.Protobuf.WellKnownTypes;
using Streamflix.Accounts.Security;
using Contracts = Streamflix.Accounts.Contracts;
using Model = Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Grpc;

/// <summary>Model → contract messages.</summary>
public static class AccountsContractMapping
{
    public static Contracts.Account ToContract(this Model.Account account, AdminAccounts admins) => new()
    {
        Id = account.Id.ToString(),
        Email = account.Email,
        DisplayName = account.DisplayName,
        CreatedAt = Timestamp.FromDateTimeOffset(account.CreatedAt),
        IsAdmin = admins.IsAdmin(account.Email),
    };

    public static Contracts.Profile ToContract(this Model.Profile profile) => new()
    {
        Id = profile.Id.ToString(),
        Name = profile.Name,
        Kids = profile.Kids,
        AvatarColor = profile.AvatarColor,
        CreatedAt = Timestamp.FromDateTimeOffset(profile.CreatedAt),
    };

    public static Contracts.TokenPair ToContract(this IssuedTokens tokens) => new()
    {
        AccessToken = tokens.AccessToken,
        AccessTokenExpiresAt = Timestamp.FromDateTimeOffset(tokens.AccessTokenExpiresAt),
        RefreshToken = tokens.RefreshToken,
        RefreshTokenExpiresAt = Timestamp.FromDateTimeOffset(tokens.RefreshTokenExpiresAt),
        AccountId = tokens.AccountId.ToString(),
    };
}
