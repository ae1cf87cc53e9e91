using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;

namespace Streamflix.Bench.Echo;

/// <summary>
/// Answers with a payload of the asked size, built once per size: the baseline measures the
/// framework (HTTP/2, protobuf, Kestrel), not payload generation.
/// </summary>
public sealed class EchoEndpoint : EchoService.EchoServiceBase
{
    private const int MaxReplyBytes = 4 * 1024 * 1024;

    private readonly ConcurrentDictionary<int, EchoReply> _replies = new();

    public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        var size = Math.Clamp(request.ReplyBytes, 0, MaxReplyBytes);
        return Task.FromResult(_replies.GetOrAdd(size, static n => new EchoReply { Payload = ByteString.CopyFrom(new byte[n]) }));
    }
}
