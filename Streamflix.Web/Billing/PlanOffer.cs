using Streamflix.Billing.Contracts;

namespace Streamflix.Web.Billing;

/// <summary>A plan as the pages show it.</summary>
public sealed record PlanOffer(string Id, string Name, string Price, int Streams, string Quality)
{
    public static PlanOffer From(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.Name, BillingFormatting.MonthlyPrice(plan.PriceCents, plan.Currency),
            plan.MaxStreams, BillingFormatting.Quality(plan.MaxHeight));
    }
}
