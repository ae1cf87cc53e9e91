using Grpc.Core;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Client streaming against a server that may answer before it has read everything (a refusal by the
/// auth middleware, a bad first message, a size limit). Two things can then happen to a write: it
/// fails as Cancelled, saying nothing, while the answer is on its way; or, with HTTP/2 flow control
/// closed because the server stopped reading, it never finishes at all. So every write races the
/// answer, writes stop quietly once the server has answered, and callers await <c>ResponseAsync</c>
/// for the status that says why.
/// </summary>
public static class ClientStreams
{
    public static async Task SendAllAsync<TRequest, TResponse>(AsyncClientStreamingCall<TRequest, TResponse> call, IEnumerable<TRequest> messages)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(messages);
        var answered = call.ResponseAsync;
        try
        {
            foreach (var message in messages)
            {
                if (!await FinishesBeforeAsync(call.RequestStream.WriteAsync(message), answered))
                {
                    return;
                }
            }

            await FinishesBeforeAsync(call.RequestStream.CompleteAsync(), answered);
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            // The server has answered; ResponseAsync has its status.
        }
    }

    /// <summary>Whether <paramref name="write"/> finished first; if the answer came first, the write is left to fail with the call.</summary>
    private static async Task<bool> FinishesBeforeAsync(Task write, Task answered)
    {
        if (await Task.WhenAny(write, answered) == write)
        {
            await write;
            return true;
        }

        _ = write.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return false;
    }
}
