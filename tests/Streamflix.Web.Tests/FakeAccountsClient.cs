using Grpc.Core;
using Streamflix.Accounts.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>
/// An in-process stand-in for accounts: each RPC answers from the function set for it (a
/// response, or a thrown <see cref="RpcException"/>). Every call is recorded with its request and
/// the "authorization" header it carried.
/// </summary>
internal sealed class FakeAccountsClient : AccountsService.AccountsServiceClient
{
    public Func<SignUpRequest, SignUpResponse> OnSignUp { get; set; } = _ => throw Unset();
    public Func<SignInRequest, TokenPair> OnSignIn { get; set; } = _ => throw Unset();
    public Func<RefreshTokensRequest, Task<TokenPair>> OnRefresh { get; set; } = _ => throw Unset();
    public Func<SignOutRequest, Google.Protobuf.WellKnownTypes.Empty> OnSignOut { get; set; } = _ => new();
    public Func<GetAccountRequest, Account> OnGetAccount { get; set; } = _ => throw Unset();
    public Func<ListProfilesRequest, ListProfilesResponse> OnListProfiles { get; set; } = _ => throw Unset();
    public Func<CreateProfileRequest, Profile> OnCreateProfile { get; set; } = _ => throw Unset();

    public List<(string Method, object Request, string? Authorization)> Calls { get; } = [];

    public int CallsTo(string method) => Calls.Count(call => call.Method == method);

    public override AsyncUnaryCall<SignUpResponse> SignUpAsync(SignUpRequest request, CallOptions options) =>
        Record(nameof(SignUp), request, options, () => OnSignUp(request));

    public override AsyncUnaryCall<TokenPair> SignInAsync(SignInRequest request, CallOptions options) =>
        Record(nameof(SignIn), request, options, () => OnSignIn(request));

    public override AsyncUnaryCall<TokenPair> RefreshTokensAsync(RefreshTokensRequest request, CallOptions options)
    {
        Calls.Add((nameof(RefreshTokens), request, AuthorizationOf(options)));
        Task<TokenPair> response;
        try
        {
            response = OnRefresh(request);
        }
        catch (RpcException exception)
        {
            response = Task.FromException<TokenPair>(exception);
        }
        return FakeUnaryCall.From(response);
    }

    public override AsyncUnaryCall<Google.Protobuf.WellKnownTypes.Empty> SignOutAsync(SignOutRequest request, CallOptions options) =>
        Record(nameof(SignOut), request, options, () => OnSignOut(request));

    public override AsyncUnaryCall<Account> GetAccountAsync(GetAccountRequest request, CallOptions options) =>
        Record(nameof(GetAccount), request, options, () => OnGetAccount(request));

    public override AsyncUnaryCall<ListProfilesResponse> ListProfilesAsync(ListProfilesRequest request, CallOptions options) =>
        Record(nameof(ListProfiles), request, options, () => OnListProfiles(request));

    public override AsyncUnaryCall<Profile> CreateProfileAsync(CreateProfileRequest request, CallOptions options) =>
        Record(nameof(CreateProfile), request, options, () => OnCreateProfile(request));

    private AsyncUnaryCall<T> Record<T>(string method, object request, CallOptions options, Func<T> respond)
    {
        Calls.Add((method, request, AuthorizationOf(options)));
        return FakeUnaryCall.Answer(respond);
    }

    internal static string? AuthorizationOf(CallOptions options) => options.Headers?.GetValue("authorization");

    private static RpcException Unset() => FakeUnaryCall.Failure(StatusCode.Unimplemented, "not set up in this test");
}
