namespace Streamflix.Billing.Model;

/// <summary>A decided change of plan, before it is paid for and applied.</summary>
/// <param name="ChargeCents">What to charge the card on file now; zero for a downgrade or reactivation.</param>
public sealed record PlanChange(Plan From, Plan To, long ChargeCents, BillingPeriod Period)
{
    public bool IsUpgrade => To.PriceCents > From.PriceCents;
}
