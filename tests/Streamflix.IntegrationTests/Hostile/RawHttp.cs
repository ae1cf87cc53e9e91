using System.Net.Sockets;
using System.Text;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// HTTP/1.1 over a bare socket: HttpClient (and Uri) would normalise "../" and decode "%2e" before
/// sending, so the traversal cases would never reach the server as written.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response> SendAsync(Uri server, string method, string rawTarget, IEnumerable<(string Name, string Value)>? headers = null, byte[]? body = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        await using var stream = client.GetStream();

        var request = new StringBuilder()
            .Append($"{method} {rawTarget} HTTP/1.1\r\n")
            .Append($"Host: {server.Host}:{server.Port}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            request.Append($"{name}: {value}\r\n");
        }

        request.Append($"Content-Length: {body?.Length ?? 0}\r\n\r\n");
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request.ToString()), timeout.Token);
        if (body is not null)
        {
            await stream.WriteAsync(body, timeout.Token);
        }

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.Latin1.GetString(received.ToArray());
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headEnd < 0 ? text : text[..headEnd];
        var statusLine = head.Split("\r\n")[0].Split(' ');
        var status = statusLine.Length > 1 && int.TryParse(statusLine[1], out var code) ? code : 0;
        return new Response(status, head, headEnd < 0 ? "" : text[(headEnd + 4)..]);
    }
}
