using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Playback.Contracts;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// Real resources for the matrix: an owner with a premium plan, a second profile to delete and a
/// playback session; another viewer; the staff account; and the tokens forged against the owner.
/// </summary>
public sealed class MatrixScene
{
    public required Viewer Owner { get; init; }
    public required Viewer Other { get; init; }
    public required Metadata AdminAuth { get; init; }
    public required string ProfileId { get; init; }
    public required string SpareProfileId { get; init; }
    public required string SessionId { get; init; }
    public required Streamflix.Catalog.Contracts.Title Title { get; init; }
    public required ForgedTokens Forged { get; init; }

    public static PaymentCard GoodCard => new() { Number = "4242424242424242", ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" };

    public static async Task<MatrixScene> CreateAsync(StreamflixAppFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var owner = await Viewers.SignUpAsync(fixture, "matrix-owner");
        var other = await Viewers.SignUpAsync(fixture, "matrix-other");
        await new BillingService.BillingServiceClient(fixture.Channel("billing")).SubscribeAsync(new SubscribeRequest
        {
            AccountId = owner.AccountId,
            PlanId = "premium",
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Card = GoodCard,
        }, owner.Auth);
        var profileId = (await accounts.ListProfilesAsync(new ListProfilesRequest(), owner.Auth)).Profiles[0].Id;
        var spare = await accounts.CreateProfileAsync(new CreateProfileRequest { Name = "Spare" }, owner.Auth);
        var title = await fixture.FirstPlayableTitleAsync();
        var session = await new PlaybackService.PlaybackServiceClient(fixture.Channel("playback"))
            .StartPlaybackAsync(new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, owner.Auth);

        return new MatrixScene
        {
            Owner = owner,
            Other = other,
            AdminAuth = await fixture.AdminAuthAsync(),
            ProfileId = profileId,
            SpareProfileId = spare.Id,
            SessionId = session.SessionId,
            Title = title,
            Forged = new ForgedTokens(await fixture.ParameterValueAsync("auth-signing-key")),
        };
    }

    public Metadata? Headers(MatrixCaller caller) => caller switch
    {
        MatrixCaller.Anonymous => null,
        MatrixCaller.ExpiredToken => Viewer.Bearer(Forged.Expired(Owner.AccountId)),
        MatrixCaller.WrongKeyToken => Viewer.Bearer(ForgedTokens.WrongKey(Owner.AccountId)),
        MatrixCaller.AlgNoneToken => Viewer.Bearer(ForgedTokens.Unsigned(Owner.AccountId)),
        // The other viewer's genuine token, edited to say it is the owner and an admin.
        MatrixCaller.TamperedToken => Viewer.Bearer(ForgedTokens.Tampered(Other.Tokens.AccessToken, Owner.AccountId)),
        MatrixCaller.OtherUser => Other.Auth,
        MatrixCaller.Admin => AdminAuth,
        MatrixCaller.Owner => Owner.Auth,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}
