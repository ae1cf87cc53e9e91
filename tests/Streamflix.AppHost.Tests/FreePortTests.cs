using System.Net;
using System.Net.Sockets;
using Streamflix.AppHost.Infrastructure;

namespace Streamflix.AppHost.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Next_returns_an_unprivileged_port_that_can_be_bound_at_once()
    {
        var port = FreePort.Next();

        Assert.InRange(port, 1024, 65535);
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Assert.Equal(port, ((IPEndPoint)listener.LocalEndpoint).Port);
    }

    [Fact]
    public void Next_returns_a_port_nobody_is_listening_on()
    {
        var port = FreePort.Next();

        using var client = new TcpClient();
        var exception = Assert.ThrowsAny<SocketException>(() => client.Connect(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, exception.SocketErrorCode);
    }
}
