using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;

namespace Streamflix.Web.Billing;

/// <summary>
/// Everything the account page shows. The account and billing halves fail separately: a billing
/// outage still shows who is signed in, and the reverse.
/// </summary>
public sealed record AccountOverview(
    Account? Account,
    string? AccountProblem,
    IReadOnlyList<PlanOffer> Plans,
    Subscription? Subscription,
    Entitlement? Entitlement,
    IReadOnlyList<Invoice> Invoices,
    string? BillingProblem)
{
    public PlanOffer? CurrentPlan => Subscription is null ? null : Plans.FirstOrDefault(p => p.Id == Subscription.PlanId);

    /// <summary>A subscription that can still change plan or be cancelled.</summary>
    public bool IsActive => Subscription?.Status == SubscriptionStatus.Active;

    public string PlanName(string planId) => Plans.FirstOrDefault(p => p.Id == planId)?.Name ?? planId;
}
