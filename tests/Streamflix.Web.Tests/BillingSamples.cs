using Google.Protobuf.WellKnownTypes;
using Streamflix.Billing.Contracts;

namespace Streamflix.Web.Tests;

internal static class BillingSamples
{
    public static ListPlansResponse Plans() => new()
    {
        Plans =
        {
            new Plan { Id = "basic", Name = "Basic", PriceCents = 799, Currency = "EUR", MaxStreams = 1, MaxHeight = 480 },
            new Plan { Id = "standard", Name = "Standard", PriceCents = 1299, Currency = "EUR", MaxStreams = 2, MaxHeight = 720 },
            new Plan { Id = "premium", Name = "Premium", PriceCents = 1799, Currency = "EUR", MaxStreams = 4, MaxHeight = 2160 },
        },
    };

    public static Subscription Active(string planId = "standard") => new()
    {
        AccountId = AccountSamples.AccountId,
        PlanId = planId,
        Status = SubscriptionStatus.Active,
        CurrentPeriodStart = Timestamp.FromDateTimeOffset(AccountSamples.Now),
        CurrentPeriodEnd = Timestamp.FromDateTimeOffset(AccountSamples.Now.AddMonths(1)),
        CardBrand = "visa",
        CardLast4 = "4242",
    };

    public static Invoice Invoice(long cents, string description) => new()
    {
        Id = Guid.NewGuid().ToString(),
        AccountId = AccountSamples.AccountId,
        PlanId = "standard",
        AmountCents = cents,
        Currency = "EUR",
        CreatedAt = Timestamp.FromDateTimeOffset(AccountSamples.Now),
        Description = description,
        CardLast4 = "4242",
    };
}
