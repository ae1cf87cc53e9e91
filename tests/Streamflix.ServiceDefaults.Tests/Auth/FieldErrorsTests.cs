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

    [Fact]
    public void Several_fields_travel_in_one_error_in_their_order()
    {
        var error = FieldErrors.Create(StatusCode.InvalidArgument, "Check the card.",
            [("card.number", "Not a card number."), ("card.cvc", "3 or 4 digits.")]);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Check the card.", error.Status.Detail);
        Assert.Equal([("card.number", "Not a card number."), ("card.cvc", "3 or 4 digits.")], error.FieldViolations());
    }
}
