using Google.Protobuf;
using Google.Protobuf.Reflection;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// The request each RPC is called with: the owner's real resources, so that a refusal means the
/// caller was refused, not that the request was empty. An RPC not listed gets its empty message
/// (the legitimate caller may then see InvalidArgument, which still is not a refusal).
/// </summary>
public sealed class MatrixRequests(StreamflixAppFixture fixture, MatrixScene scene)
{
    private AccountsService.AccountsServiceClient Accounts => new(fixture.Channel("accounts"));

    public async Task<IMessage> ForAsync(MethodDescriptor rpc)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var owner = scene.Owner.AccountId;
        return RpcPolicies.Key(rpc.Service.FullName, rpc.Name) switch
        {
            "streamflix.accounts.v1.AccountsService/SignUp" => new SignUpRequest { Email = Viewers.NewEmail("matrix-signup"), Password = Viewers.Password, DisplayName = "Matrix" },
            "streamflix.accounts.v1.AccountsService/SignIn" => new SignInRequest { Email = scene.Owner.Email, Password = scene.Owner.Password },
            // Refresh tokens are single use: each case gets one of its own.
            "streamflix.accounts.v1.AccountsService/RefreshTokens" => new RefreshTokensRequest { RefreshToken = await FreshRefreshTokenAsync() },
            "streamflix.accounts.v1.AccountsService/SignOut" => new SignOutRequest { RefreshToken = await FreshRefreshTokenAsync() },
            "streamflix.accounts.v1.AccountsService/UpdateAccount" => new UpdateAccountRequest { DisplayName = "Matrix Owner" },
            "streamflix.accounts.v1.AccountsService/CreateProfile" => new CreateProfileRequest { Name = "Matrix" },
            "streamflix.accounts.v1.AccountsService/UpdateProfile" => new UpdateProfileRequest { ProfileId = scene.ProfileId, Name = "Owner" },
            "streamflix.accounts.v1.AccountsService/DeleteProfile" => new DeleteProfileRequest { ProfileId = scene.SpareProfileId },

            "streamflix.billing.v1.BillingService/GetCustomer" => new GetCustomerRequest { AccountId = owner },
            "streamflix.billing.v1.BillingService/Subscribe" => new SubscribeRequest { AccountId = owner, PlanId = "premium", Card = MatrixScene.GoodCard, IdempotencyKey = NewKey() },
            "streamflix.billing.v1.BillingService/ChangePlan" => new ChangePlanRequest { AccountId = owner, PlanId = "standard", IdempotencyKey = NewKey() },
            "streamflix.billing.v1.BillingService/CancelSubscription" => new CancelSubscriptionRequest { AccountId = owner },
            "streamflix.billing.v1.BillingService/GetSubscription" => new GetSubscriptionRequest { AccountId = owner },
            "streamflix.billing.v1.BillingService/ListInvoices" => new ListInvoicesRequest { AccountId = owner },
            "streamflix.billing.v1.BillingService/GetEntitlement" => new GetEntitlementRequest { AccountId = owner },

            "streamflix.catalog.v1.CatalogService/GetTitle" => new GetTitleRequest { Id = scene.Title.Id },
            "streamflix.catalog.v1.CatalogService/SearchTitles" => new SearchTitlesRequest { Query = scene.Title.Name },
            // The admin's edit writes the synopsis the title already has: proven allowed, changes nothing.
            "streamflix.catalog.v1.CatalogService/UpdateTitle" => new UpdateTitleRequest { Id = scene.Title.Id, Synopsis = scene.Title.Synopsis },

            // Metadata without bytes: the admin gets InvalidArgument (not a video), nothing is queued.
            "streamflix.encoder.v1.MediaIngest/UploadSource" => new UploadSourceRequest
            {
                Metadata = new SourceMetadata { TitleId = scene.Title.Id, TitleName = scene.Title.Name, FileName = "matrix.mp4" },
            },

            "streamflix.playback.v1.PlaybackService/StartPlayback" => new StartPlaybackRequest { ProfileId = scene.ProfileId, TitleId = scene.Title.Id },
            "streamflix.playback.v1.PlaybackService/Heartbeat" => new HeartbeatRequest { SessionId = scene.SessionId, PositionSeconds = 1 },
            "streamflix.playback.v1.PlaybackService/StopPlayback" => new StopPlaybackRequest { SessionId = scene.SessionId, PositionSeconds = 2 },
            "streamflix.playback.v1.PlaybackService/GetContinueWatching" => new GetContinueWatchingRequest { ProfileId = scene.ProfileId },
            "streamflix.playback.v1.PlaybackService/GetViewingHistory" => new GetViewingHistoryRequest { ProfileId = scene.ProfileId },

            "streamflix.recommendations.v1.RecommendationsService/GetRows" => new GetRowsRequest { ProfileId = scene.ProfileId },

            _ => rpc.InputType.Parser.ParseFrom(ByteString.Empty),
        };
    }

    private async Task<string> FreshRefreshTokenAsync() =>
        (await Accounts.SignInAsync(new SignInRequest { Email = scene.Owner.Email, Password = scene.Owner.Password })).RefreshToken;

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
