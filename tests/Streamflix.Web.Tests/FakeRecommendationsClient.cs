using Grpc.Core;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>
/// An in-process stand-in for recommendations: GetRows answers from <see cref="OnGetRows"/> (a
/// response, or a thrown <see cref="RpcException"/>); every call is recorded with its request and
/// the "authorization" header it carried. Unset, it fails as a service that is not there.
/// </summary>
internal sealed class FakeRecommendationsClient : RecommendationsService.RecommendationsServiceClient
{
    public Func<GetRowsRequest, GetRowsResponse> OnGetRows { get; set; } =
        _ => throw FakeUnaryCall.Failure(StatusCode.Unimplemented, "not set up in this test");

    public List<(GetRowsRequest Request, string? Authorization)> Calls { get; } = [];

    public override AsyncUnaryCall<GetRowsResponse> GetRowsAsync(GetRowsRequest request, CallOptions options)
    {
        Calls.Add((request, FakeAccountsClient.AuthorizationOf(options)));
        return FakeUnaryCall.Answer(() => OnGetRows(request));
    }
}
