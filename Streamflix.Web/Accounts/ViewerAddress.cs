using Grpc.Core;
using Streamflix.ServiceDefaults.RateLimiting;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Sign-ups are limited per client address, and every viewer's sign-up reaches accounts from the
/// site's one address: so the site says whose address it acts for, with the shared key
/// (RateLimits:ForwardedAddressKey) that makes accounts believe it. Without the key, nothing is sent.
/// </summary>
public sealed class ViewerAddress(IHttpContextAccessor http, IConfiguration configuration)
{
    public Metadata Headers()
    {
        var headers = new Metadata();
        var key = configuration[$"{RateLimitsOptions.SectionName}:{nameof(RateLimitsOptions.ForwardedAddressKey)}"];
        if (!string.IsNullOrEmpty(key) && http.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            headers.Add(RateLimitPartitions.ClientAddressHeader, address.ToString());
            headers.Add(RateLimitPartitions.ForwardedAddressKeyHeader, key);
        }

        return headers;
    }
}
