using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Tests.Auth;

public sealed class GrpcAuthorizationResultHandlerTests
{
    private static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    private readonly GrpcAuthorizationResultHandler _handler = new();

    [Fact]
    public async Task A_grpc_call_without_a_token_gets_unauthenticated_with_a_message()
    {
        var context = GrpcRequest();

        await _handler.HandleAsync(_ => Task.CompletedTask, context, Policy, PolicyAuthorizationResult.Challenge());

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("16", context.Response.Headers["grpc-status"]);
        Assert.Contains("access token", context.Response.Headers["grpc-message"].ToString());
    }

    [Fact]
    public async Task A_grpc_call_with_a_bad_token_is_told_to_sign_in_again()
    {
        var context = GrpcRequest();
        context.Request.Headers.Authorization = "Bearer expired";

        await _handler.HandleAsync(_ => Task.CompletedTask, context, Policy, PolicyAuthorizationResult.Challenge());

        Assert.Equal("16", context.Response.Headers["grpc-status"]);
        Assert.Contains("invalid or expired", context.Response.Headers["grpc-message"].ToString());
    }

    [Fact]
    public async Task A_forbidden_grpc_call_is_permission_denied()
    {
        var context = GrpcRequest();

        await _handler.HandleAsync(_ => Task.CompletedTask, context, Policy, PolicyAuthorizationResult.Forbid());

        Assert.Equal("7", context.Response.Headers["grpc-status"]);
    }

    [Fact]
    public async Task An_allowed_call_runs_the_endpoint()
    {
        var context = GrpcRequest();
        var ran = false;

        await _handler.HandleAsync(_ => { ran = true; return Task.CompletedTask; }, context, Policy, PolicyAuthorizationResult.Success());

        Assert.True(ran);
        Assert.False(context.Response.Headers.ContainsKey("grpc-status"));
    }

    private static DefaultHttpContext GrpcRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/grpc";
        return context;
    }
}
