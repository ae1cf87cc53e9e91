using Google.Protobuf;
using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Every unary RPC that takes input, each with a valid baseline request for a signed-up viewer (or
/// the staff account where the RPC is admin-only). The baselines are valid so that a refusal is
/// caused by the one hostile field, not by something else in the request.
/// </summary>
public static class RpcTargets
{
    /// <summary>What the baselines refer to: a real viewer, their profile, a real title, the staff's headers.</summary>
    public sealed record Context(Viewer Viewer, string ProfileId, string TitleId, Metadata Admin);

    private static readonly HashSet<string> NoFreeText = [];

    public static IReadOnlyList<RpcTarget> All(Context c)
    {
        var viewer = c.Viewer.Auth;
        static string Key() => Guid.NewGuid().ToString("N");
        RpcTarget Accounts(string method, Func<IMessage> baseline, Metadata? headers, params string[] freeText) =>
            new("accounts", AccountsService.Descriptor.FindMethodByName(method), baseline, headers, "accountsdb", freeText.ToHashSet());
        RpcTarget Billing(string method, Func<IMessage> baseline) =>
            new("billing", BillingService.Descriptor.FindMethodByName(method), baseline, viewer, "billingdb", NoFreeText);
        RpcTarget Catalog(string method, Func<IMessage> baseline, Metadata? headers, params string[] freeText) =>
            new("catalog", CatalogService.Descriptor.FindMethodByName(method), baseline, headers, "catalogdb", freeText.ToHashSet());
        RpcTarget Playback(string method, Func<IMessage> baseline) =>
            new("playback", PlaybackService.Descriptor.FindMethodByName(method), baseline, viewer, "playbackdb", NoFreeText);

        return
        [
            Accounts("SignUp", () => new SignUpRequest { Email = Viewers.NewEmail("hostile"), Password = Viewers.Password, DisplayName = "Hostile" },
                null, "password", "display_name"),
            Accounts("SignIn", () => new SignInRequest { Email = c.Viewer.Email, Password = "not-the-password-1" }, null, "password"),
            Accounts("RefreshTokens", () => new RefreshTokensRequest { RefreshToken = Key() }, null, "refresh_token"),
            Accounts("SignOut", () => new SignOutRequest { RefreshToken = Key() }, null, "refresh_token"),
            Accounts("UpdateAccount", () => new UpdateAccountRequest { DisplayName = "Hostile viewer" }, viewer, "display_name"),
            Accounts("CreateProfile", () => new CreateProfileRequest { Name = "P" + Key()[..8] }, viewer, "name"),
            Accounts("UpdateProfile", () => new UpdateProfileRequest { ProfileId = c.ProfileId, Kids = false }, viewer, "name"),
            Accounts("DeleteProfile", () => new DeleteProfileRequest { ProfileId = Guid.NewGuid().ToString() }, viewer),

            Billing("GetCustomer", () => new GetCustomerRequest { AccountId = c.Viewer.AccountId }),
            Billing("Subscribe", () => new SubscribeRequest
            {
                AccountId = c.Viewer.AccountId,
                PlanId = "basic",
                // The declined test card: a baseline that slipped through would still charge nothing.
                Card = new PaymentCard { Number = "4000 0000 0000 0002", ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" },
                IdempotencyKey = Key(),
            }),
            Billing("ChangePlan", () => new ChangePlanRequest { AccountId = c.Viewer.AccountId, PlanId = "standard", IdempotencyKey = Key() }),
            Billing("CancelSubscription", () => new CancelSubscriptionRequest { AccountId = c.Viewer.AccountId }),
            Billing("GetSubscription", () => new GetSubscriptionRequest { AccountId = c.Viewer.AccountId }),
            Billing("ListInvoices", () => new ListInvoicesRequest { AccountId = c.Viewer.AccountId }),
            Billing("GetEntitlement", () => new GetEntitlementRequest { AccountId = c.Viewer.AccountId }),

            Catalog("ListTitles", () => new ListTitlesRequest { PageSize = 5 }, null),
            Catalog("GetTitle", () => new GetTitleRequest { Id = c.TitleId }, null),
            Catalog("SearchTitles", () => new SearchTitlesRequest { Query = "night", PageSize = 5 }, null, "query"),
            Catalog("GetHomeRows", () => new GetHomeRowsRequest { TitlesPerRow = 3 }, null),
            Catalog("UpdateTitle", () => new UpdateTitleRequest { Id = c.TitleId }, c.Admin, "name", "synopsis"),

            Playback("StartPlayback", () => new StartPlaybackRequest { ProfileId = c.ProfileId, TitleId = c.TitleId, Region = "eu-west" }),
            Playback("Heartbeat", () => new HeartbeatRequest { SessionId = Key(), PositionSeconds = 1, RenditionHeight = 480, Edge = "edge-1" }),
            Playback("StopPlayback", () => new StopPlaybackRequest { SessionId = Key(), PositionSeconds = 1 }),
            Playback("GetContinueWatching", () => new GetContinueWatchingRequest { ProfileId = c.ProfileId, Limit = 5 }),
            Playback("GetViewingHistory", () => new GetViewingHistoryRequest { ProfileId = c.ProfileId, Limit = 5 }),

            new("recommendations", RecommendationsService.Descriptor.FindMethodByName("GetRows"),
                () => new GetRowsRequest { ProfileId = c.ProfileId, TitlesPerRow = 3, MaxRows = 2 }, viewer, "recommendationsdb", NoFreeText),
        ];
    }
}
