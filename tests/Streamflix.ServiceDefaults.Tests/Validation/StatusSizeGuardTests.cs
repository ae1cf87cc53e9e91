using Grpc.Core;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.ServiceDefaults.Validation;

namespace Streamflix.ServiceDefaults.Tests.Validation;

public sealed class StatusSizeGuardTests
{
    private static readonly string Megabyte = new('x', 1024 * 1024);

    private static async Task<RpcException> RefusedThroughGuardAsync(RpcException thrown) =>
        await Assert.ThrowsAsync<RpcException>(() => new StatusSizeGuard().UnaryServerHandler<string, string>(
            "request", null!, (_, _) => throw thrown));

    [Fact]
    public async Task A_megabyte_message_is_cut_and_keeps_its_code()
    {
        var refused = await RefusedThroughGuardAsync(new RpcException(new Status(StatusCode.InvalidArgument, $"name '{Megabyte}' is too long")));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(StatusSizeGuard.MaxText, refused.Status.Detail.Length);
        Assert.StartsWith("name 'xxx", refused.Status.Detail, StringComparison.Ordinal);
        Assert.EndsWith("…", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_errors_are_cut_too_and_still_name_their_field()
    {
        var refused = await RefusedThroughGuardAsync(FieldErrors.Invalid("profile.name", $"'{Megabyte}' is not a name"));

        var violation = Assert.Single(refused.FieldViolations());
        Assert.Equal("profile.name", violation.Field);
        Assert.Equal(StatusSizeGuard.MaxText, violation.Message.Length);
        Assert.Equal(StatusSizeGuard.MaxText, refused.GetRpcStatus()!.Message.Length);
        Assert.True(refused.Trailers.Sum(t => t.IsBinary ? t.ValueBytes.Length : t.Value.Length) < 4 * 1024,
            "the trailers should fit in a few KB");
    }

    [Fact]
    public async Task A_short_refusal_passes_through_untouched()
    {
        var thrown = FieldErrors.Invalid("email", "email must be an address.");

        var refused = await RefusedThroughGuardAsync(thrown);

        Assert.Same(thrown, refused);
    }

    [Fact]
    public async Task Client_streaming_errors_are_bounded_as_well()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => new StatusSizeGuard().ClientStreamingServerHandler<string, string>(
            null!, null!, (_, _) => throw new RpcException(new Status(StatusCode.ResourceExhausted, Megabyte))));

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(StatusSizeGuard.MaxText, refused.Status.Detail.Length);
    }
}
