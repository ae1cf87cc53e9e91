using System.Buffers.Binary;
using Google.Protobuf;
using Microsoft.AspNetCore.RateLimiting;
using Streamflix.Accounts.Contracts;
using Streamflix.Accounts.Model;
using Streamflix.ServiceDefaults.RateLimiting;

namespace Streamflix.Accounts.Grpc;

/// <summary>
/// The sign-in limiter counts per email, but the limiter runs before gRPC has read the request.
/// This reads the one small unary message first (buffered, so gRPC reads it again) and leaves the
/// normalised email for the partitioner. Anything unreadable (too big, compressed, not a
/// SignInRequest) is left to gRPC, and the call counts against its address instead.
/// </summary>
public static class SignInEmailPeek
{
    // An email and a password: far below this. Bigger is not a sign-in a person typed.
    private const int MaxMessageBytes = 4 * 1024;
    private const int FrameHeaderBytes = 5; // compressed flag (1) + big-endian length (4)

    public static IApplicationBuilder UseSignInEmailPeek(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.SignIn
                && await ReadEmailAsync(context.Request, context.RequestAborted) is { Length: > 0 } email)
            {
                context.Items[RateLimitPartitions.SignInEmailItem] = email;
            }

            await next(context);
        });

    public static async Task<string?> ReadEmailAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.EnableBuffering(bufferThreshold: MaxMessageBytes + FrameHeaderBytes + 1);
        var buffer = new byte[MaxMessageBytes + FrameHeaderBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        request.Body.Position = 0;
        return Parse(buffer.AsSpan(0, read));
    }

    /// <summary>The normalised email in one uncompressed gRPC frame holding a SignInRequest, else null.</summary>
    public static string? Parse(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < FrameHeaderBytes || frame[0] != 0)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(frame[1..FrameHeaderBytes]);
        if (length > MaxMessageBytes || frame.Length != FrameHeaderBytes + length)
        {
            return null;
        }

        try
        {
            return EmailAddress.Normalize(SignInRequest.Parser.ParseFrom(frame[FrameHeaderBytes..]).Email);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
