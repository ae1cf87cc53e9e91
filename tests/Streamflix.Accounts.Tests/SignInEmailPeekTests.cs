using System.Buffers.Binary;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Streamflix.Accounts.Contracts;
using Streamflix.Accounts.Grpc;

namespace Streamflix.Accounts.Tests;

/// <summary>The sign-in limiter's key is read from the gRPC frame before gRPC reads it, and gRPC can still read it.</summary>
public sealed class SignInEmailPeekTests
{
    [Fact]
    public void The_email_of_a_sign_in_frame_is_read_normalised()
    {
        var frame = Frame(new SignInRequest { Email = "  Someone@Example.TEST ", Password = "x" });
        Assert.Equal("someone@example.test", SignInEmailPeek.Parse(frame));
    }

    [Fact]
    public void A_compressed_truncated_or_foreign_frame_gives_no_email()
    {
        var frame = Frame(new SignInRequest { Email = "a@example.test" });
        var compressed = frame.ToArray();
        compressed[0] = 1;

        Assert.Null(SignInEmailPeek.Parse(compressed));
        Assert.Null(SignInEmailPeek.Parse(frame[..^1]));
        Assert.Null(SignInEmailPeek.Parse([0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF]));
        Assert.Null(SignInEmailPeek.Parse([]));
    }

    [Fact]
    public async Task After_the_peek_the_body_reads_again_from_the_start()
    {
        var frame = Frame(new SignInRequest { Email = "b@example.test", Password = "secret-1234" });
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(frame);

        Assert.Equal("b@example.test", await SignInEmailPeek.ReadEmailAsync(context.Request, CancellationToken.None));
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy);
        Assert.Equal(frame, copy.ToArray());
    }

    private static byte[] Frame(IMessage message)
    {
        var body = message.ToByteArray();
        var frame = new byte[5 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)body.Length);
        body.CopyTo(frame, 5);
        return frame;
    }
}
