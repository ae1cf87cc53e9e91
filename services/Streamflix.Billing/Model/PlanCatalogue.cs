namespace Streamflix.Billing.Model;

/// <summary>
/// The plans on sale. Fixed in code rather than in the database: prices are part of the product,
/// change with a release, and every replica must agree on them.
/// </summary>
public static class PlanCatalogue
{
    public const string Currency = "EUR";

    public static readonly Plan Basic = new("basic", "Basic", 799, Currency, MaxStreams: 1, MaxHeight: 480);
    public static readonly Plan Standard = new("standard", "Standard", 1299, Currency, MaxStreams: 2, MaxHeight: 720);
    public static readonly Plan Premium = new("premium", "Premium", 1799, Currency, MaxStreams: 4, MaxHeight: 2160);

    /// <summary>Cheapest first, the order a price table shows.</summary>
    public static IReadOnlyList<Plan> All { get; } = [Basic, Standard, Premium];

    public static Plan? Find(string? id) =>
        All.FirstOrDefault(plan => string.Equals(plan.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The plan a request names; InvalidArgument on <paramref name="field"/> otherwise.</summary>
    public static Plan Require(string? id, string field = "plan_id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw BillingValidationException.For(field, "Choose a plan.");
        }

        return Find(id) ?? throw BillingValidationException.For(field,
            $"Unknown plan '{Quoted(id)}'; choose one of {string.Join(", ", All.Select(plan => plan.Id))}.");
    }

    // A hostile id can be megabytes long; echoing it whole would not fit in the status trailer.
    private static string Quoted(string id) => id.Length > 32 ? id[..32] + "…" : id;
}
