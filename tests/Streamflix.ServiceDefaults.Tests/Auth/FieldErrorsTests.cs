using Grpc.Core;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Tests.Auth;

public sealed class FieldErrorsTests
{
    [Fact]
    public void A_field_error_carries_its_status_message_and_field()
    {
        var error = FieldErrors.Create(StatusCode.AlreadyExists, "email", "That email already has an account.");

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("That email already has an account.", error.Status.Detail);
        Assert.Equal([("email", "That email already has an account.")], error.FieldViolations());
    }

    [Fact]
    public void The_violations_survive_the_trailers_a_client_receives()
    {
        var sent = FieldErrors.Invalid("card.number", "Your card was declined.");
        var received = new RpcException(sent.Status, sent.Trailers);

        Assert.Equal(StatusCode.InvalidArgument, received.StatusCode);
        Assert.Equal([("card.number", "Your card was declined.")], received.FieldViolations());
    }

    [Fact]
    public void An_error_without_details_has_no_violations()
    {
        Assert.Empty(new RpcException(new Status(StatusCode.Unavailable, "down")).FieldViolations());
    }
}
