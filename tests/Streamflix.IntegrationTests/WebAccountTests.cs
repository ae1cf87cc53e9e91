using System.Net;

namespace Streamflix.IntegrationTests;

/// <summary>The site's account pages against the real accounts and billing services.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class WebAccountTests(StreamflixAppFixture fixture)
{
    [Fact]
    public async Task A_viewer_signs_up_picks_a_profile_pays_and_sees_the_plan_and_invoice()
    {
        using var site = new SiteSession(fixture);
        var email = Viewers.NewEmail("site");

        await site.SubmitAsync("/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Viewers.Password,
            ["Input.DisplayName"] = "Site Viewer",
        });
        // A new account has one profile, chosen for the viewer; the next step is a plan.
        Assert.Equal("/plans", site.Location?.AbsolutePath);

        var profiles = await site.GetAsync("/profiles");
        var profileId = System.Text.RegularExpressions.Regex.Match(profiles, "name=\"Choice.ProfileId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(profileId);
        await site.SubmitAsync("/profiles", "choose-profile", new Dictionary<string, string> { ["Choice.ProfileId"] = profileId });

        var declined = await site.SubmitAsync("/plans", "subscribe", Payment("standard", "4000 0000 0000 0002"));
        Assert.Contains("data-testid=\"error-card-number\"", declined);
        Assert.Contains("declined", declined, StringComparison.OrdinalIgnoreCase);

        await site.SubmitAsync("/plans", "subscribe", Payment("standard", "4242 4242 4242 4242"));
        Assert.Equal("/account", site.Location?.AbsolutePath);
        var account = await site.GetAsync("/account");
        Assert.Contains(WebUtility.HtmlEncode(email), account);
        Assert.Contains("Standard", account);
        Assert.Contains("4242", account);
        Assert.Contains("12.99", account);
    }

    [Fact]
    public async Task Signing_up_with_a_taken_email_shows_the_error_next_to_the_field()
    {
        var taken = await Viewers.SignUpAsync(fixture, "site-taken");
        using var site = new SiteSession(fixture);

        var page = await site.SubmitAsync("/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Email"] = taken.Email,
            ["Input.Password"] = Viewers.Password,
            ["Input.DisplayName"] = "Again",
        });

        Assert.Equal("/signup", site.Location?.AbsolutePath);
        Assert.Contains("data-testid=\"error-email\"", page);
    }

    [Fact]
    public async Task The_upload_page_is_for_signed_in_admins_and_offers_the_catalogs_titles()
    {
        using var anonymous = new SiteSession(fixture);
        await anonymous.GetAsync("/admin/upload");
        Assert.Equal("/signin", anonymous.Location?.AbsolutePath);

        using var admin = new SiteSession(fixture);
        await admin.SubmitAsync("/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@streamflix.local",
            ["Input.Password"] = await fixture.ParameterValueAsync("admin-password"),
        });
        var html = await admin.GetAsync("/admin/upload");

        var title = (await new Streamflix.Catalog.Contracts.CatalogService.CatalogServiceClient(fixture.Channel("catalog"))
            .ListTitlesAsync(new Streamflix.Catalog.Contracts.ListTitlesRequest { PageSize = 1 })).Titles.Single();
        Assert.Contains("data-testid=\"upload-form\"", html);
        Assert.Contains($"value=\"{title.Id}\"", html);
        Assert.Contains(WebUtility.HtmlEncode(title.Name), html);
    }

    private static Dictionary<string, string> Payment(string plan, string card) => new()
    {
        ["Payment.PlanId"] = plan,
        ["Payment.CardNumber"] = card,
        ["Payment.ExpiryMonth"] = "12",
        ["Payment.ExpiryYear"] = (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Payment.Cvc"] = "123",
    };
}
