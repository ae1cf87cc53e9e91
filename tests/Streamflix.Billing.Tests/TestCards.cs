using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

internal static class TestCards
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static PaymentCardInput Input(string number, int month = 12, int year = 2030, string cvc = "123") =>
        new(number, month, year, cvc);

    public static PaymentCard Valid(string number = SimulatedCardProcessor.AlwaysSucceeds) =>
        PaymentCard.Validate(Input(number), Now);

    public static IEnumerable<string> FieldsOf(BillingValidationException e) => e.Violations.Select(v => v.Field);
}
