using Grpc.Core;

namespace Streamflix.Encoder.Tests;

/// <summary>A client stream made of messages known in advance.</summary>
public sealed class MessageStream<T>(IEnumerable<T> messages) : IAsyncStreamReader<T>
{
    private readonly IEnumerator<T> _messages = messages.GetEnumerator();

    public T Current => _messages.Current;

    public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(_messages.MoveNext());
}
