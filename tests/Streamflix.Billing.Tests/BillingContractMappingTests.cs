using Streamflix.Billing.Grpc;
using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;
using Contracts = Streamflix.Billing.Contracts;

namespace Streamflix.Billing.Tests;

public sealed class BillingContractMappingTests
{
    private static readonly Guid Account = Guid.NewGuid();

    [Fact]
    public void A_subscription_reads_as_ended_once_its_period_is_over()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Basic, new CardOnFile("visa", "4242"), Now);

        Assert.Equal(Contracts.SubscriptionStatus.Active, subscription.ToContract(Now).Status);
        Assert.Equal(Contracts.SubscriptionStatus.Ended, subscription.ToContract(subscription.CurrentPeriodEnd).Status);
    }

    [Fact]
    public void A_subscription_carries_brand_and_last_four_only()
    {
        var contract = Subscription.Start(Account, PlanCatalogue.Basic, Valid().OnFile, Now).ToContract(Now);

        Assert.Equal(("visa", "4242", Account.ToString()), (contract.CardBrand, contract.CardLast4, contract.AccountId));
        Assert.Equal(Now.AddMonths(1), contract.CurrentPeriodEnd.ToDateTimeOffset());
    }

    [Fact]
    public void An_inactive_entitlement_has_no_valid_until()
    {
        var contract = Entitlement.None.ToContract(Account);

        Assert.False(contract.Active);
        Assert.Null(contract.ValidUntil);
        Assert.Equal(0, contract.MaxStreams);
    }

    [Fact]
    public void Plans_map_field_by_field()
    {
        var contract = PlanCatalogue.Premium.ToContract();

        Assert.Equal(("premium", "Premium", 1799L, "EUR", 4, 2160),
            (contract.Id, contract.Name, contract.PriceCents, contract.Currency, contract.MaxStreams, contract.MaxHeight));
    }
}
