using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Streamflix.ServiceDefaults.RateLimiting;

namespace Streamflix.ServiceDefaults.Tests.RateLimiting;

/// <summary>The three policies count against the right partition, and a refusal says when to come back.</summary>
public sealed class RateLimitPolicyTests
{
    private const string Key = "test-forwarded-address-key";

    private static Task<RateLimitedHost> StartAsync(int permits) => RateLimitedHost.StartAsync(new Dictionary<string, string?>
    {
        ["RateLimits:SignIn:PermitLimit"] = $"{permits}",
        ["RateLimits:SignIn:Window"] = "00:05:00",
        ["RateLimits:SignUp:PermitLimit"] = $"{permits}",
        ["RateLimits:SignUp:Window"] = "01:00:00",
        ["RateLimits:PlaybackStart:PermitLimit"] = $"{permits}",
        ["RateLimits:PlaybackStart:Window"] = "00:01:00",
        ["RateLimits:ForwardedAddressKey"] = Key,
    });

    [Fact]
    public async Task Sign_in_counts_per_email_so_one_hammered_email_does_not_lock_out_another()
    {
        await using var host = await StartAsync(permits: 2);
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await host.PostAsync("/sign-in", (RateLimitedHost.EmailHeader, "a@example.test"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await host.PostAsync("/sign-in", (RateLimitedHost.EmailHeader, "a@example.test"));
        using var other = await host.PostAsync("/sign-in", (RateLimitedHost.EmailHeader, "b@example.test"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Sign_up_counts_per_forwarded_viewer_address_only_when_the_forwarder_has_the_key()
    {
        await using var host = await StartAsync(permits: 1);
        using var first = await host.PostAsync("/sign-up", Forwarded("203.0.113.1", Key));
        using var second = await host.PostAsync("/sign-up", Forwarded("203.0.113.2", Key));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        // Without the key the claimed address is ignored: both count against the caller's own address.
        using var spoofed = await host.PostAsync("/sign-up", Forwarded("203.0.113.3", "guessed"));
        using var spoofedAgain = await host.PostAsync("/sign-up", Forwarded("203.0.113.4", "guessed"));
        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofedAgain.StatusCode);
    }

    [Fact]
    public async Task Playback_start_is_limited_and_unrelated_endpoints_are_not()
    {
        await using var host = await StartAsync(permits: 1);
        using var first = await host.PostAsync("/start");
        using var second = await host.PostAsync("/start");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);

        for (var i = 0; i < 5; i++)
        {
            using var open = await host.PostAsync("/open");
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }
    }

    [Fact]
    public async Task A_grpc_call_over_the_limit_gets_ResourceExhausted_saying_when_to_retry()
    {
        await using var host = await StartAsync(permits: 1);
        using var first = await host.PostAsync("/start");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/start") { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        using var refused = await host.Client.SendAsync(request);

        // Trailers-only: HTTP 200 whose headers carry the gRPC status, as a gRPC client expects.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("application/grpc", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("8", Assert.Single(refused.Headers.GetValues("grpc-status")));
        Assert.Equal("Too many attempts: try again in 60 seconds.", Assert.Single(refused.Headers.GetValues("grpc-message")));
    }

    [Fact]
    public async Task An_http_request_over_the_limit_gets_a_429_problem_with_Retry_After()
    {
        await using var host = await StartAsync(permits: 1);
        using var first = await host.PostAsync("/sign-up");
        using var refused = await host.PostAsync("/sign-up");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("Too many attempts: try again in 60 minutes.", problem?.Detail);
    }

    [Fact]
    public void Shipped_defaults_are_protective_and_configuration_raises_them()
    {
        var defaults = new RateLimitsOptions();
        Assert.InRange(defaults.SignIn.PermitLimit / defaults.SignIn.Window.TotalMinutes, 0.1, 5);
        Assert.InRange(defaults.SignUp.PermitLimit / defaults.SignUp.Window.TotalHours, 1, 50);
        Assert.InRange(defaults.PlaybackStart.PermitLimit / defaults.PlaybackStart.Window.TotalMinutes, 5, 60);
        Assert.Null(defaults.ForwardedAddressKey);

        var raised = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:SignUp:PermitLimit"] = "100000",
        }).Build().GetSection(RateLimitsOptions.SectionName).Get<RateLimitsOptions>()!;
        Assert.Equal(100_000, raised.SignUp.PermitLimit);
        Assert.Equal(defaults.SignUp.Window, raised.SignUp.Window);
        Assert.Equal(defaults.SignIn.PermitLimit, raised.SignIn.PermitLimit);
    }

    [Theory]
    [InlineData(0.2, "Too many attempts: try again in 1 seconds.")]
    [InlineData(45, "Too many attempts: try again in 45 seconds.")]
    [InlineData(300, "Too many attempts: try again in 5 minutes.")]
    [InlineData(7200, "Too many attempts: try again in 2 hours.")]
    public void The_message_says_when_to_retry(double seconds, string expected) =>
        Assert.Equal(expected, RateLimitRejection.Message(TimeSpan.FromSeconds(seconds)));

    private static (string, string)[] Forwarded(string address, string key) =>
        [(RateLimitPartitions.ClientAddressHeader, address), (RateLimitPartitions.ForwardedAddressKeyHeader, key)];

    private sealed record Problem(string? Title, string? Detail);
}
