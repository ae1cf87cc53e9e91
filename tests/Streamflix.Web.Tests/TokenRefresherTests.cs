using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using Streamflix.Accounts.Contracts;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class TokenRefresherTests : IDisposable
{
    private readonly FakeAccountsClient _accounts = new();
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Requests_refreshing_the_same_token_at_once_share_one_rotation()
    {
        var rotation = new TaskCompletionSource<TokenPair>(TaskCreationOptions.RunContinuationsAsynchronously);
        _accounts.OnRefresh = _ => rotation.Task;
        var refresher = new TokenRefresher(_cache);

        var first = refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None);
        var second = refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None);
        rotation.SetResult(AccountSamples.Tokens("refresh-2"));

        Assert.Equal("refresh-2", (await first).RefreshToken);
        Assert.Equal("refresh-2", (await second).RefreshToken);
        Assert.Equal(1, _accounts.CallsTo("RefreshTokens"));
    }

    [Fact]
    public async Task A_request_still_carrying_the_old_cookie_gets_the_new_pair_without_spending_the_token_again()
    {
        _accounts.OnRefresh = _ => Task.FromResult(AccountSamples.Tokens("refresh-2"));
        var refresher = new TokenRefresher(_cache);

        await refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None);
        var late = await refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None);

        Assert.Equal("refresh-2", late.RefreshToken);
        Assert.Equal(1, _accounts.CallsTo("RefreshTokens"));
        var request = Assert.IsType<RefreshTokensRequest>(_accounts.Calls.Single().Request);
        Assert.Equal("refresh-1", request.RefreshToken);
    }

    [Fact]
    public async Task A_failed_rotation_is_not_remembered_so_the_next_request_tries_again()
    {
        _accounts.OnRefresh = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        var refresher = new TokenRefresher(_cache);

        await Assert.ThrowsAsync<RpcException>(() => refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None));
        _accounts.OnRefresh = _ => Task.FromResult(AccountSamples.Tokens("refresh-2"));
        var pair = await refresher.RefreshAsync(_accounts, "refresh-1", CancellationToken.None);

        Assert.Equal("refresh-2", pair.RefreshToken);
        Assert.Equal(2, _accounts.CallsTo("RefreshTokens"));
    }

    [Fact]
    public async Task Different_tokens_are_rotated_separately()
    {
        _accounts.OnRefresh = request => Task.FromResult(AccountSamples.Tokens(request.RefreshToken + "-next"));
        var refresher = new TokenRefresher(_cache);

        var a = await refresher.RefreshAsync(_accounts, "a", CancellationToken.None);
        var b = await refresher.RefreshAsync(_accounts, "b", CancellationToken.None);

        Assert.Equal(("a-next", "b-next"), (a.RefreshToken, b.RefreshToken));
    }
}
