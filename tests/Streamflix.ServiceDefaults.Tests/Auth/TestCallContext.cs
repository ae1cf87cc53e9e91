using System.Security.Claims;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Tests.Auth;

/// <summary>A server call context carrying an HttpContext, as Grpc.AspNetCore gives one to a service.</summary>
internal sealed class TestCallContext : ServerCallContext
{
    private readonly Dictionary<object, object> _userState;

    public TestCallContext(ClaimsPrincipal user, Metadata? headers = null)
    {
        var http = new DefaultHttpContext { User = user };
        _userState = new Dictionary<object, object> { ["__HttpContext"] = http };
        RequestHeadersCore = headers ?? [];
    }

    public static TestCallContext For(Guid? accountId, Metadata? headers = null) => new(accountId is null
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(StreamflixClaims.Subject, accountId.Value.ToString())], "Bearer", "sub", "role")), headers);

    protected override Metadata RequestHeadersCore { get; }

    protected override string MethodCore => "/test.Service/Method";
    protected override string HostCore => "localhost";
    protected override string PeerCore => "ipv4:127.0.0.1:1";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override CancellationToken CancellationTokenCore => CancellationToken.None;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore => new(null, []);
    protected override IDictionary<object, object> UserStateCore => _userState;

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
