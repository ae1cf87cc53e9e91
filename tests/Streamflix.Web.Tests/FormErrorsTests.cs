using Grpc.Core;
using Google.Rpc;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Forms;

namespace Streamflix.Web.Tests;

public sealed class FormErrorsTests
{
    private static readonly string[] SignUpFields = ["email", "password", "display_name"];

    [Fact]
    public void A_violation_goes_next_to_the_field_it_names()
    {
        var refused = FieldErrors.Create(StatusCode.AlreadyExists, "email", "An account with this email already exists.");

        var errors = FormErrors.FromViolations(refused, SignUpFields, "unused");

        Assert.Equal("An account with this email already exists.", errors.For("email"));
        Assert.Null(errors.For("password"));
        Assert.Null(errors.Message);
    }

    [Fact]
    public void Several_violations_of_one_field_are_all_shown()
    {
        var refused = Violations(("password", "Password must be at least 10 characters."), ("password", "Password must contain a letter and a digit or symbol."));

        var errors = FormErrors.FromViolations(refused, SignUpFields, "unused");

        Assert.Equal("Password must be at least 10 characters. Password must contain a letter and a digit or symbol.", errors.For("password"));
    }

    [Fact]
    public void A_violation_of_a_field_the_form_does_not_show_goes_to_the_top()
    {
        var refused = Violations(("display_name", "Display name is required."), ("referrer", "Unknown referrer."));

        var errors = FormErrors.FromViolations(refused, SignUpFields, "unused");

        Assert.Equal("Display name is required.", errors.For("display_name"));
        Assert.Equal("Unknown referrer.", errors.Message);
    }

    [Fact]
    public void Nested_contract_names_reach_the_form_field_through_aliases()
    {
        var declined = FieldErrors.Create(StatusCode.FailedPrecondition, "card.number", "Your card was declined.");

        var errors = FormErrors.FromViolations(declined, ["card_number"], "unused", new Dictionary<string, string> { ["card.number"] = "card_number" });

        Assert.Equal("Your card was declined.", errors.For("card_number"));
    }

    [Fact]
    public void Without_violations_the_given_message_is_shown()
    {
        var errors = FormErrors.FromViolations(new RpcException(new Grpc.Core.Status(StatusCode.FailedPrecondition, "x")), SignUpFields, "At most 5 profiles.");

        Assert.Empty(errors.Fields);
        Assert.Equal("At most 5 profiles.", errors.Message);
    }

    [Theory]
    [InlineData("email", "error-email")]
    [InlineData("display_name", "error-display-name")]
    [InlineData("card_number", "error-card-number")]
    public void Error_elements_are_named_for_their_field(string field, string testId) =>
        Assert.Equal(testId, FormErrors.TestId(field));

    private static RpcException Violations(params (string Field, string Message)[] violations)
    {
        var badRequest = new BadRequest();
        foreach (var (field, message) in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = message });
        }
        return new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "invalid",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(badRequest) },
        }.ToRpcException();
    }
}
