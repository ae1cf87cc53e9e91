namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// The one declaration of who may call each RPC, keyed by "{package}.{Service}/{Method}" as in the
/// services' FileDescriptors. The authorization matrix (integration) calls every RPC found in the
/// descriptors and fails on one missing here; the attribute test (Streamflix.Authorization.Tests)
/// checks each entry against the attributes on the implementing method, so table and code cannot drift.
/// </summary>
public static class RpcPolicies
{
    public static readonly IReadOnlyDictionary<string, RpcPolicy> Declared = new Dictionary<string, RpcPolicy>(StringComparer.Ordinal)
    {
        // Accounts: the doors are open (a refresh token is its own credential); the rest is the caller's own.
        ["streamflix.accounts.v1.AccountsService/SignUp"] = RpcPolicy.Anonymous,
        ["streamflix.accounts.v1.AccountsService/SignIn"] = RpcPolicy.Anonymous,
        ["streamflix.accounts.v1.AccountsService/RefreshTokens"] = RpcPolicy.Anonymous,
        ["streamflix.accounts.v1.AccountsService/SignOut"] = RpcPolicy.Anonymous,
        ["streamflix.accounts.v1.AccountsService/GetAccount"] = RpcPolicy.User,
        ["streamflix.accounts.v1.AccountsService/UpdateAccount"] = RpcPolicy.User,
        ["streamflix.accounts.v1.AccountsService/ListProfiles"] = RpcPolicy.User,
        ["streamflix.accounts.v1.AccountsService/CreateProfile"] = RpcPolicy.User,
        ["streamflix.accounts.v1.AccountsService/UpdateProfile"] = RpcPolicy.OwnAccount,
        ["streamflix.accounts.v1.AccountsService/DeleteProfile"] = RpcPolicy.OwnAccount,

        // Billing: plans are public; everything else names the account it concerns.
        ["streamflix.billing.v1.BillingService/ListPlans"] = RpcPolicy.Anonymous,
        ["streamflix.billing.v1.BillingService/GetCustomer"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/Subscribe"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/ChangePlan"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/CancelSubscription"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/GetSubscription"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/ListInvoices"] = RpcPolicy.OwnAccount,
        ["streamflix.billing.v1.BillingService/GetEntitlement"] = RpcPolicy.OwnAccount,

        // Catalog: browsing needs no account; editing is staff work.
        ["streamflix.catalog.v1.CatalogService/ListGenres"] = RpcPolicy.Anonymous,
        ["streamflix.catalog.v1.CatalogService/ListTitles"] = RpcPolicy.Anonymous,
        ["streamflix.catalog.v1.CatalogService/GetTitle"] = RpcPolicy.Anonymous,
        ["streamflix.catalog.v1.CatalogService/SearchTitles"] = RpcPolicy.Anonymous,
        ["streamflix.catalog.v1.CatalogService/GetHomeRows"] = RpcPolicy.Anonymous,
        ["streamflix.catalog.v1.CatalogService/UpdateTitle"] = RpcPolicy.Admin,

        // Encoder: uploads put new content in front of every viewer.
        ["streamflix.encoder.v1.MediaIngest/UploadSource"] = RpcPolicy.Admin,

        // Playback: profiles and sessions belong to one account.
        ["streamflix.playback.v1.PlaybackService/StartPlayback"] = RpcPolicy.OwnAccount,
        ["streamflix.playback.v1.PlaybackService/Heartbeat"] = RpcPolicy.OwnAccount,
        ["streamflix.playback.v1.PlaybackService/StopPlayback"] = RpcPolicy.OwnAccount,
        ["streamflix.playback.v1.PlaybackService/GetContinueWatching"] = RpcPolicy.OwnAccount,
        ["streamflix.playback.v1.PlaybackService/GetViewingHistory"] = RpcPolicy.OwnAccount,

        // Recommendations: rows of one profile.
        ["streamflix.recommendations.v1.RecommendationsService/GetRows"] = RpcPolicy.OwnAccount,
    };

    public static string Key(string serviceFullName, string methodName) => $"{serviceFullName}/{methodName}";
}
