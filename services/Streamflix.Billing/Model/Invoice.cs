using System.Globalization;

namespace Streamflix.Billing.Model;

/// <summary>A charge that succeeded: what was paid, for what, with which card.</summary>
public sealed class Invoice
{
    public const int MaxDescriptionLength = 200;

    private Invoice()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string PlanId { get; private set; } = "";

    public long AmountCents { get; private set; }

    public string Currency { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string Description { get; private set; } = "";

    public string CardLast4 { get; private set; } = "";

    /// <summary>The first period of a new subscription, at the plan's full price.</summary>
    public static Invoice ForSubscription(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var plan = subscription.Plan;
        return Create(subscription.AccountId, plan, plan.PriceCents, subscription.Card,
            $"{plan.Name} plan, {Span(subscription.Period)}", now);
    }

    /// <summary>The prorated difference of an upgrade for the rest of the period.</summary>
    public static Invoice ForUpgrade(Guid accountId, PlanChange change, CardOnFile card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Create(accountId, change.To, change.ChargeCents, card,
            $"Upgrade from {change.From.Name} to {change.To.Name}, prorated {Day(now)} – {Day(change.Period.End)}", now);
    }

    private static Invoice Create(Guid accountId, Plan plan, long amountCents, CardOnFile card, string description, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountCents);
        return new Invoice
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            PlanId = plan.Id,
            AmountCents = amountCents,
            Currency = plan.Currency,
            CreatedAt = now,
            Description = description,
            CardLast4 = card.Last4,
        };
    }

    private static string Span(BillingPeriod period) => $"{Day(period.Start)} – {Day(period.End)}";

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
