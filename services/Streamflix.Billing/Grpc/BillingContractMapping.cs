using Google.Protobuf.WellKnownTypes;
using Streamflix.Billing.Model;
using Contracts = Streamflix.Billing.Contracts;

namespace Streamflix.Billing.Grpc;

/// <summary>Model → contract messages (and the card the contract carries → the model's input).</summary>
public static class BillingContractMapping
{
    public static Contracts.Plan ToContract(this Plan plan) => new()
    {
        Id = plan.Id,
        Name = plan.Name,
        PriceCents = plan.PriceCents,
        Currency = plan.Currency,
        MaxStreams = plan.MaxStreams,
        MaxHeight = plan.MaxHeight,
    };

    public static Contracts.Customer ToContract(this Customer customer) => new()
    {
        AccountId = customer.AccountId.ToString("D"),
        Email = customer.Email,
        DisplayName = customer.DisplayName,
        CreatedAt = Timestamp.FromDateTimeOffset(customer.CreatedAt),
    };

    /// <summary>The status is the one at <paramref name="now"/>: Ended once the paid period is over.</summary>
    public static Contracts.Subscription ToContract(this Subscription subscription, DateTimeOffset now) => new()
    {
        AccountId = subscription.AccountId.ToString("D"),
        PlanId = subscription.PlanId,
        Status = subscription.StatusAt(now) switch
        {
            SubscriptionStatus.Active => Contracts.SubscriptionStatus.Active,
            SubscriptionStatus.Canceling => Contracts.SubscriptionStatus.Canceling,
            SubscriptionStatus.Ended => Contracts.SubscriptionStatus.Ended,
            _ => Contracts.SubscriptionStatus.Unspecified,
        },
        CurrentPeriodStart = Timestamp.FromDateTimeOffset(subscription.CurrentPeriodStart),
        CurrentPeriodEnd = Timestamp.FromDateTimeOffset(subscription.CurrentPeriodEnd),
        CardBrand = subscription.CardBrand,
        CardLast4 = subscription.CardLast4,
    };

    public static Contracts.Invoice ToContract(this Invoice invoice) => new()
    {
        Id = invoice.Id.ToString("D"),
        AccountId = invoice.AccountId.ToString("D"),
        PlanId = invoice.PlanId,
        AmountCents = invoice.AmountCents,
        Currency = invoice.Currency,
        CreatedAt = Timestamp.FromDateTimeOffset(invoice.CreatedAt),
        Description = invoice.Description,
        CardLast4 = invoice.CardLast4,
    };

    public static Contracts.Entitlement ToContract(this Entitlement entitlement, Guid accountId)
    {
        var contract = new Contracts.Entitlement
        {
            AccountId = accountId.ToString("D"),
            Active = entitlement.Active,
            PlanId = entitlement.PlanId,
            MaxStreams = entitlement.MaxStreams,
            MaxHeight = entitlement.MaxHeight,
        };
        if (entitlement.ValidUntil is { } validUntil)
        {
            contract.ValidUntil = Timestamp.FromDateTimeOffset(validUntil);
        }

        return contract;
    }

    public static PaymentCardInput? ToModel(this Contracts.PaymentCard? card) =>
        card is null ? null : new PaymentCardInput(card.Number, card.ExpiryMonth, card.ExpiryYear, card.Cvc);
}
