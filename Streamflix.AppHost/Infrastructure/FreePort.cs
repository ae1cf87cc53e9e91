using System.Net;
using System.Net.Sockets;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// A loopback port nobody listens on now, for the few ports a server needs that are not client
/// endpoints (Erlang's epmd and distribution ports), so DCP has no endpoint to allocate them.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
