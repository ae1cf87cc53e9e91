using Grpc.Core;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Client streaming against a server that may answer before it has read everything (a refusal by the
/// auth middleware, a bad first message, a size limit). A write racing that answer can fail as
/// Cancelled, saying nothing; the status that says why is on the response, so writes stop quietly
/// and callers await <c>ResponseAsync</c>.
/// </summary>
public static class ClientStreams
{
    public static async Task SendAllAsync<T>(IClientStreamWriter<T> stream, IEnumerable<T> messages)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(messages);
        try
        {
            foreach (var message in messages)
            {
                await stream.WriteAsync(message);
            }

            await stream.CompleteAsync();
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            // The server has answered; ResponseAsync has its status.
        }
    }
}
