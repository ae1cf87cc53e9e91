using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

public sealed class PlanCatalogueTests
{
    [Theory]
    [InlineData("basic", "Basic", 799, 1, 480)]
    [InlineData("standard", "Standard", 1299, 2, 720)]
    [InlineData("premium", "Premium", 1799, 4, 2160)]
    public void Each_plan_has_its_price_and_limits(string id, string name, long priceCents, int maxStreams, int maxHeight)
    {
        var plan = PlanCatalogue.Require(id);

        Assert.Equal(new Plan(id, name, priceCents, "EUR", maxStreams, maxHeight), plan);
    }

    [Fact]
    public void Plans_are_listed_cheapest_first() =>
        Assert.Equal(["basic", "standard", "premium"], PlanCatalogue.All.Select(plan => plan.Id));

    [Fact]
    public void A_plan_id_is_matched_regardless_of_case_and_surrounding_spaces() =>
        Assert.Same(PlanCatalogue.Premium, PlanCatalogue.Find(" Premium "));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("gold")]
    public void An_unknown_or_missing_plan_is_refused_on_the_plan_id_field(string? id)
    {
        var e = Assert.Throws<BillingValidationException>(() => PlanCatalogue.Require(id));

        Assert.Equal("plan_id", Assert.Single(e.Violations).Field);
    }
}
