using Streamflix.Billing.Model;

namespace Streamflix.Billing.Data;

/// <summary>A charging request that succeeded (now or, for a replayed key, before).</summary>
/// <param name="Invoice">Null when nothing was charged (a downgrade).</param>
public sealed record ChargeResult(Subscription Subscription, Invoice? Invoice);
