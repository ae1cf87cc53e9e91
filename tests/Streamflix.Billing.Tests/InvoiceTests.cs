using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class InvoiceTests
{
    private static readonly Guid Account = Guid.NewGuid();

    [Fact]
    public void A_subscription_invoice_charges_the_full_price_of_the_first_period()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Standard, new CardOnFile("visa", "4242"), Now);

        var invoice = Invoice.ForSubscription(subscription, Now);

        Assert.Equal((Account, "standard", 1299L, "EUR", "4242", Now),
            (invoice.AccountId, invoice.PlanId, invoice.AmountCents, invoice.Currency, invoice.CardLast4, invoice.CreatedAt));
        Assert.Equal("Standard plan, 28 Nov 2026 – 28 Dec 2026", invoice.Description);
    }

    [Fact]
    public void An_upgrade_invoice_charges_the_prorated_difference()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Basic, new CardOnFile("amex", "0005"), Now);
        var later = Now.AddDays(20);
        var change = subscription.PlanChangeTo(PlanCatalogue.Premium, later);

        var invoice = Invoice.ForUpgrade(Account, change, subscription.Card, later);

        Assert.Equal(333, invoice.AmountCents); // 1000 × 10/30
        Assert.Equal("premium", invoice.PlanId);
        Assert.Equal("0005", invoice.CardLast4);
        Assert.StartsWith("Upgrade from Basic to Premium", invoice.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoices_have_distinct_ids_ordered_by_time()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Basic, new CardOnFile("visa", "4242"), Now);

        var first = Invoice.ForSubscription(subscription, Now);
        var second = Invoice.ForSubscription(subscription, Now.AddSeconds(1));

        Assert.NotEqual(first.Id, second.Id);
        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }

    [Fact]
    public void Nothing_to_charge_makes_no_invoice()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Premium, new CardOnFile("visa", "4242"), Now);
        var downgrade = subscription.PlanChangeTo(PlanCatalogue.Basic, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => Invoice.ForUpgrade(Account, downgrade, subscription.Card, Now));
    }
}
