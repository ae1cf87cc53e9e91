using Google.Rpc;
using Grpc.Core;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.ServiceDefaults.Tests.Auth;
using Streamflix.ServiceDefaults.Tests.Contract;
using Streamflix.ServiceDefaults.Validation;

namespace Streamflix.ServiceDefaults.Tests.Validation;

public sealed class RequestTextGuardTests
{
    private readonly RequestTextGuard _guard = new();
    private readonly TestCallContext _context = TestCallContext.For(Guid.NewGuid());

    [Fact]
    public async Task A_nul_in_a_field_is_refused_as_invalid_argument_naming_the_field_before_the_service_runs()
    {
        var called = false;

        var refused = await Assert.ThrowsAsync<RpcException>(() => _guard.UnaryServerHandler(
            new ThingRequest { Id = "the-long\0night" }, _context,
            (request, _) => { called = true; return Task.FromResult(new ThingReply()); }));

        Assert.False(called);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal("id", Assert.Single(refused.FieldViolations()).Field);
    }

    [Fact]
    public async Task Text_without_nul_passes_untouched_however_odd()
    {
        var request = new ThingRequest { Id = "' OR 1=1 -- \u202E 🎬 \u200B" };

        var reply = await _guard.UnaryServerHandler(request, _context,
            (seen, _) => Task.FromResult(new ThingReply { Id = seen.Id }));

        Assert.Equal(request.Id, reply.Id);
    }

    [Fact]
    public void A_nul_inside_a_repeated_nested_message_is_found()
    {
        var request = new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "fine", Description = "fine" },
                new BadRequest.Types.FieldViolation { Field = "x", Description = "bad\0" },
            },
        };

        Assert.Equal("field_violations", RequestTextGuard.FindNul(request));
        Assert.Null(RequestTextGuard.FindNul(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "a" } } }));
    }

    [Fact]
    public async Task A_client_stream_is_refused_at_the_message_holding_the_nul()
    {
        var messages = new Queue<ThingRequest>([new ThingRequest { Id = "first" }, new ThingRequest { Id = "second\0" }]);
        var seen = new List<string>();

        var refused = await Assert.ThrowsAsync<RpcException>(() => _guard.ClientStreamingServerHandler(
            new QueueReader(messages), _context,
            async (stream, _) =>
            {
                while (await stream.MoveNext(CancellationToken.None))
                {
                    seen.Add(stream.Current.Id);
                }

                return new ThingReply();
            }));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["first"], seen);
    }

    private sealed class QueueReader(Queue<ThingRequest> messages) : IAsyncStreamReader<ThingRequest>
    {
        public ThingRequest Current { get; private set; } = new();

        public Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!messages.TryDequeue(out var next))
            {
                return Task.FromResult(false);
            }

            Current = next;
            return Task.FromResult(true);
        }
    }
}
