namespace Streamflix.Billing.Model;

/// <summary>
/// An account's subscription (one per account, reused when it subscribes again). The stored status
/// is Active or Canceling; Ended follows from the clock once the paid period is over, so no job has
/// to run at the end of each period. There is no automatic renewal: a period is paid once.
/// </summary>
public sealed class Subscription
{
    private Subscription()
    {
    }

    public Guid AccountId { get; private set; }

    public string PlanId { get; private set; } = "";

    /// <summary>As stored: Active or Canceling. Read <see cref="StatusAt"/> for the status now.</summary>
    public SubscriptionStatus Status { get; private set; }

    public DateTimeOffset CurrentPeriodStart { get; private set; }

    public DateTimeOffset CurrentPeriodEnd { get; private set; }

    public string CardBrand { get; private set; } = "";

    public string CardLast4 { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public BillingPeriod Period => new(CurrentPeriodStart, CurrentPeriodEnd);

    public CardOnFile Card => new(CardBrand, CardLast4);

    public Plan Plan => PlanCatalogue.Find(PlanId)
        ?? throw new InvalidOperationException($"Subscription of {AccountId} names unknown plan '{PlanId}'.");

    public SubscriptionStatus StatusAt(DateTimeOffset now) => now >= CurrentPeriodEnd ? SubscriptionStatus.Ended : Status;

    /// <summary>
    /// Subscribe is for accounts without a running subscription. A cancelled one that still runs is
    /// refused too: ChangePlan keeps it (and clears the cancellation) without paying twice for the period.
    /// </summary>
    public static void EnsureCanStart(Subscription? existing, DateTimeOffset now)
    {
        switch (existing?.StatusAt(now))
        {
            case SubscriptionStatus.Active:
                throw new BillingPreconditionException("You are already subscribed; change plan instead.");
            case SubscriptionStatus.Canceling:
                throw new BillingPreconditionException(
                    "Your subscription is cancelled but runs until the end of its period; change plan to keep it.");
        }
    }

    /// <summary>A first subscription, paid for the period starting now.</summary>
    public static Subscription Start(Guid accountId, Plan plan, CardOnFile card, DateTimeOffset now)
    {
        var subscription = new Subscription { AccountId = accountId, CreatedAt = now };
        subscription.BeginPeriod(plan, card, now);
        return subscription;
    }

    /// <summary>Subscribing again after the last subscription ended: a new paid period.</summary>
    public void Restart(Plan plan, CardOnFile card, DateTimeOffset now)
    {
        EnsureCanStart(this, now);
        BeginPeriod(plan, card, now);
    }

    private void BeginPeriod(Plan plan, CardOnFile card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(card);
        var period = BillingPeriod.StartingAt(now);
        PlanId = plan.Id;
        Status = SubscriptionStatus.Active;
        CurrentPeriodStart = period.Start;
        CurrentPeriodEnd = period.End;
        CardBrand = card.Brand;
        CardLast4 = card.Last4;
        UpdatedAt = now;
    }

    /// <summary>
    /// Decides a change to <paramref name="plan"/> now: an upgrade costs the prorated difference for
    /// the rest of the period, a downgrade nothing; the period stays. Moving a cancelled subscription
    /// to its own plan only keeps it running.
    /// </summary>
    public PlanChange PlanChangeTo(Plan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var status = StatusAt(now);
        if (status == SubscriptionStatus.Ended)
        {
            throw new BillingPreconditionException("Your subscription has ended; subscribe again.");
        }

        var current = Plan;
        if (current.Id == plan.Id && status == SubscriptionStatus.Active)
        {
            throw new BillingPreconditionException($"You are already on the {plan.Name} plan.", "plan_id");
        }

        var charge = Proration.UpgradeChargeCents(current.PriceCents, plan.PriceCents, Period, now);
        return new PlanChange(current, plan, charge, Period);
    }

    /// <summary>Applies a paid (or free) plan change at once; it also withdraws a cancellation.</summary>
    public void Apply(PlanChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.From.Id != PlanId || change.Period != Period)
        {
            throw new InvalidOperationException("The plan change was decided for another state of this subscription.");
        }

        PlanId = change.To.Id;
        Status = SubscriptionStatus.Active;
        UpdatedAt = now;
    }

    /// <summary>
    /// Cancels at the end of the paid period. Repeating it, or cancelling one that has ended,
    /// changes nothing (false).
    /// </summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (StatusAt(now) != SubscriptionStatus.Active)
        {
            return false;
        }

        Status = SubscriptionStatus.Canceling;
        UpdatedAt = now;
        return true;
    }
}
