using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Streamflix.ServiceDefaults.RateLimiting;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

/// <summary>The site tells accounts whose address a sign-up is for, and only with the key that makes it believed.</summary>
public sealed class ViewerAddressTests
{
    public static ViewerAddress Unkeyed => new(new HttpContextAccessor(), new ConfigurationBuilder().Build());

    [Fact]
    public void With_the_key_the_viewers_address_and_the_key_go_with_the_call()
    {
        var headers = Address("198.51.100.7", key: "forwarding-key-for-test").Headers();

        Assert.Equal("198.51.100.7", headers.GetValue(RateLimitPartitions.ClientAddressHeader));
        Assert.Equal("forwarding-key-for-test", headers.GetValue(RateLimitPartitions.ForwardedAddressKeyHeader));
    }

    [Fact]
    public void Without_the_key_nothing_is_claimed()
    {
        Assert.Empty(Address("198.51.100.7", key: null).Headers());
    }

    private static ViewerAddress Address(string remote, string? key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:ForwardedAddressKey"] = key,
        }).Build();
        return new ViewerAddress(new HttpContextAccessor { HttpContext = context }, configuration);
    }
}
