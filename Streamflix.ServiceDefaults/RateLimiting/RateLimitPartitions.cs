using Microsoft.AspNetCore.Http;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.ServiceDefaults.RateLimiting;

/// <summary>Who a request counts against. Each key says what it is, so an email can never share a partition with an address.</summary>
public static class RateLimitPartitions
{
    /// <summary>Metadata the site adds to calls it makes for a viewer: the viewer's address, and the key that lets it say so.</summary>
    public const string ClientAddressHeader = "x-streamflix-client-address";

    public const string ForwardedAddressKeyHeader = "x-streamflix-forwarded-address-key";

    /// <summary>HttpContext.Items entry where a service puts the email a sign-in is for, read before the limiter runs.</summary>
    public const string SignInEmailItem = "streamflix.ratelimit.sign-in-email";

    public static string PeerAddress(HttpContext context) =>
        $"address:{context?.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    /// <summary>The viewer's address when a trusted forwarder (the site) says it, else the peer's.</summary>
    public static string ClientAddress(HttpContext context, string? forwardedAddressKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        var forwarded = context.Request.Headers[ClientAddressHeader].ToString();
        return forwarded.Length is > 0 and <= 64
            && SharedKeyCheck.Check(forwardedAddressKey, context.Request.Headers[ForwardedAddressKeyHeader].ToString()) == SharedKeyOutcome.Match
                ? $"address:{forwarded}"
                : PeerAddress(context);
    }

    /// <summary>The email a sign-in is for; a request whose email could not be read counts against its address.</summary>
    public static string SignInEmail(HttpContext context) =>
        context?.Items[SignInEmailItem] is string { Length: > 0 } email ? $"email:{email}" : PeerAddress(context!);

    /// <summary>The signed-in caller's account (authentication runs before the limiter), else the address.</summary>
    public static string Account(HttpContext context) =>
        CallerIdentity.AccountIdOf(context?.User) is { } accountId ? $"account:{accountId}" : PeerAddress(context!);
}
