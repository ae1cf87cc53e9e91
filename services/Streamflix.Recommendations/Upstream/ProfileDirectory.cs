using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Streamflix.Accounts.Contracts;
using Streamflix.Recommendations.Model;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Recommendations.Upstream;

/// <summary>
/// The caller's profiles, from accounts (with the caller's own token), kept in memory per account
/// for a short while: the home page asks for rows on every visit. A profile missing from a cached
/// list is looked up once more, so one created a moment ago works.
/// </summary>
public sealed class ProfileDirectory(
    AccountsService.AccountsServiceClient accounts,
    IMemoryCache cache,
    IOptions<RecommendationsOptions> options,
    ILogger<ProfileDirectory> logger)
{
    public async Task<ViewerProfile> RequireOwnAsync(Guid accountId, Guid profileId, Metadata authorization, CancellationToken cancellationToken)
    {
        var key = CacheKey(accountId);
        if (cache.TryGetValue(key, out IReadOnlyList<ViewerProfile>? cached) && cached!.FirstOrDefault(p => p.Id == profileId) is { } known)
        {
            return known;
        }

        var profiles = await FetchAsync(authorization, cancellationToken);
        if (options.Value.ProfileCacheDuration > TimeSpan.Zero)
        {
            cache.Set(key, profiles, options.Value.ProfileCacheDuration);
        }

        return profiles.FirstOrDefault(p => p.Id == profileId) ?? throw RecommendationsNotFoundException.Profile();
    }

    private async Task<IReadOnlyList<ViewerProfile>> FetchAsync(Metadata authorization, CancellationToken cancellationToken)
    {
        try
        {
            var response = await accounts.ListProfilesAsync(new ListProfilesRequest(), authorization, cancellationToken: cancellationToken);
            return response.Profiles
                .Select(p => Guid.TryParse(p.Id, out var id) ? new ViewerProfile(id, p.Kids) : null)
                .OfType<ViewerProfile>()
                .ToList();
        }
        catch (RpcException e) when (CallerIdentity.IsCallersFault(e))
        {
            throw CallerIdentity.AsCallersFault(e);
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Accounts did not list profiles: {Status} {Detail}", e.StatusCode, e.Status.Detail);
            throw new DependencyUnavailableException("We can't check your profile right now; please try again in a moment.", e);
        }
    }

    private static string CacheKey(Guid accountId) => "profiles:" + accountId.ToString("N");
}
