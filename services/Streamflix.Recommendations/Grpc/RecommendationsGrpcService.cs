using Grpc.Core;
using Streamflix.Recommendations.Contracts;
using Streamflix.Recommendations.Model;
using Streamflix.Recommendations.Rows;
using Streamflix.Recommendations.Upstream;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Recommendations.Grpc;

/// <summary>
/// The RecommendationsService contract: the caller from the token, validate, check the profile is
/// the caller's (and whether it is a kids profile) with accounts, delegate, map.
/// Errors: RecommendationsErrorInterceptor.
/// </summary>
public sealed class RecommendationsGrpcService(ProfileDirectory profiles, HomeRowsService rows)
    : RecommendationsService.RecommendationsServiceBase
{
    public override async Task<GetRowsResponse> GetRows(GetRowsRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var input = RowsRequest.Parse(request.ProfileId, request.TitlesPerRow, request.MaxRows);
        var profile = await profiles.RequireOwnAsync(accountId, input.ProfileId, context.ForwardedAuthorization(), context.CancellationToken);
        var (homeRows, generatedAt) = await rows.GetAsync(profile, input.Limits, context.CancellationToken);
        return homeRows.ToResponse(generatedAt);
    }
}
