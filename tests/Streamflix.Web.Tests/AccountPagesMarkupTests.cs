using System.Reflection;
using System.Security.Claims;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Accounts;
using Streamflix.Web.Billing;
using Streamflix.Web.Components.Layout;
using Streamflix.Web.Components.Pages;

namespace Streamflix.Web.Tests;

/// <summary>
/// Renders the account pages and the header to HTML in-process, as static rendering does, to hold
/// the markers that browser and integration tests look for and the rules the pages carry.
/// </summary>
public sealed class AccountPagesMarkupTests : IDisposable
{
    private readonly FakeAccountsClient _accounts = new();
    private readonly FakeBillingClient _billing = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn() };
    private readonly TestNavigationManager _navigation = new();
    private readonly ServiceProvider _services;

    public AccountPagesMarkupTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<NavigationManager>(_navigation);
        services.AddSupplyValueFromQueryProvider();
        services.AddSingleton<AuthenticationStateProvider>(_user);
        services.AddCascadingAuthenticationState();
        services.AddAuthorizationCore();
        services.AddSingleton<AntiforgeryStateProvider, TestAntiforgery>();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(AccountSamples.Now));
        services.AddSingleton<Streamflix.Accounts.Contracts.AccountsService.AccountsServiceClient>(_accounts);
        services.AddSingleton<Streamflix.Billing.Contracts.BillingService.BillingServiceClient>(_billing);
        services.AddScoped<UserTokens>();
        services.AddScoped<AccountSessions>();
        services.AddHttpContextAccessor();
        services.AddScoped<ViewerAddress>();
        services.AddScoped<AccountProfiles>();
        services.AddScoped<BillingDesk>();
        services.AddScoped<AccountOverviewReader>();
        _services = services.BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task The_plans_page_offers_each_plan_with_price_streams_and_quality()
    {
        var html = await RenderPageAsync<Plans>();

        Assert.Equal(3, Count(html, "data-testid=\"plan\""));
        Assert.Contains("€12.99/month", html);
        Assert.Contains("Up to 4K", html);
        Assert.Contains("Up to 480p", html);
        Assert.Contains("2 screens at a time", html);
        Assert.Contains("name=\"Payment.PlanId\" value=\"premium\"", html);
    }

    [Fact]
    public async Task Each_fresh_payment_form_carries_its_own_idempotency_key()
    {
        var first = KeyIn(await RenderPageAsync<Plans>());
        var second = KeyIn(await RenderPageAsync<Plans>());

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_plans_page_says_billing_is_unavailable_instead_of_failing()
    {
        _billing.OnListPlans = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable, "connection refused");

        var html = await RenderPageAsync<Plans>();

        Assert.Contains("data-testid=\"billing-unavailable\"", html);
        Assert.Contains(BillingMessages.Unavailable, html);
        Assert.DoesNotContain("connection refused", html);
        Assert.DoesNotContain("data-testid=\"payment-form\"", html);
    }

    [Fact]
    public async Task Who_is_watching_shows_each_profile_as_a_button_with_its_colour_and_kids_badge()
    {
        _accounts.OnListProfiles = _ => new() { Profiles = { AccountSamples.Profile("p1", "Ada", color: "#e50914"), AccountSamples.Profile("p2", "Tim", kids: true) } };

        var html = await RenderPageAsync<Profiles>();

        Assert.Equal(2, Count(html, "data-testid=\"profile-choice\""));
        Assert.Contains("name=\"Choice.ProfileId\" value=\"p1\"", html);
        Assert.Contains("background-color:#e50914", html);
        Assert.Equal(1, Count(html, "data-testid=\"kids-badge\""));
        Assert.Contains("data-testid=\"add-profile-form\"", html);
    }

    [Fact]
    public async Task Who_is_watching_says_accounts_are_unavailable_instead_of_failing()
    {
        _accounts.OnListProfiles = _ => throw FakeUnaryCall.Failure(StatusCode.DeadlineExceeded);

        var html = await RenderPageAsync<Profiles>();

        Assert.Contains("data-testid=\"accounts-unavailable\"", html);
        Assert.Contains("Accounts are unavailable right now", html);
    }

    [Fact]
    public async Task The_account_page_shows_plan_status_card_and_invoices()
    {
        _accounts.OnGetAccount = _ => AccountSamples.Account();
        _billing.OnGetSubscription = _ => BillingSamples.Active("standard");
        _billing.OnListInvoices = _ => new() { Invoices = { BillingSamples.Invoice(1299, "Standard, March 2025"), BillingSamples.Invoice(250, "Upgrade to Premium") } };
        _billing.OnGetEntitlement = _ => new() { Active = true, PlanId = "standard", MaxStreams = 2, MaxHeight = 720, ValidUntil = BillingSamples.Active().CurrentPeriodEnd };

        var html = await RenderPageAsync<AccountPage>();

        Assert.Contains(AccountSamples.Email, html);
        Assert.Contains("Standard · €12.99/month", html);
        Assert.Contains("data-testid=\"subscription-status\" data-status=\"Active\"", html);
        Assert.Contains("1 Apr 2025", html);
        Assert.Contains("Visa •••• 4242", html);
        Assert.Equal(2, Count(html, "data-testid=\"invoice\""));
        Assert.Contains("€2.50", html);
        Assert.Contains("data-testid=\"change-plan-form\"", html);
        Assert.Contains("data-testid=\"cancel-form\"", html);
        Assert.Contains("You can watch on 2 screens at a time, up to 720p", html);
    }

    [Fact]
    public async Task An_account_without_a_subscription_is_pointed_to_the_plans()
    {
        _accounts.OnGetAccount = _ => AccountSamples.Account();

        var html = await RenderPageAsync<AccountPage>();

        Assert.Contains("data-testid=\"no-subscription\"", html);
        Assert.Contains("href=\"/plans\"", html);
        Assert.DoesNotContain("data-testid=\"cancel-form\"", html);
    }

    [Fact]
    public async Task Only_a_notice_the_page_knows_is_shown()
    {
        _accounts.OnGetAccount = _ => AccountSamples.Account();

        _navigation.NavigateTo(AccountPage.NoticeUrl(AccountPage.CanceledNotice));
        var known = await RenderPageAsync<AccountPage>();
        _navigation.NavigateTo($"/account?notice={Uri.EscapeDataString("Send your password to evil@example.com")}");
        var forged = await RenderPageAsync<AccountPage>();

        Assert.Contains("data-testid=\"account-notice\"", known);
        Assert.DoesNotContain("evil@example.com", forged);
        Assert.DoesNotContain("data-testid=\"account-notice\"", forged);
    }

    [Fact]
    public async Task A_signed_out_header_offers_sign_in_and_sign_up_and_no_upload()
    {
        _user.User = new ClaimsPrincipal(new ClaimsIdentity());

        var html = await RenderLayoutAsync();

        Assert.Contains("data-testid=\"signin-link\"", html);
        Assert.Contains("data-testid=\"signup-link\"", html);
        Assert.DoesNotContain("data-testid=\"signout-button\"", html);
        Assert.DoesNotContain("/admin/upload", html);
    }

    [Fact]
    public async Task A_signed_in_header_shows_the_profile_account_and_a_sign_out_form()
    {
        _user.User = AccountSamples.SignedIn(profile: new ChosenProfile("p2", "Tim", Kids: true));

        var html = await RenderLayoutAsync();

        Assert.Contains("data-testid=\"profile-link\">Tim</a>", html);
        Assert.Contains("data-testid=\"account-link\"", html);
        Assert.Contains("action=\"/signout\"", html);
        Assert.Contains("name=\"_handler\" value=\"signout\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.DoesNotContain("data-testid=\"signin-link\"", html);
        Assert.DoesNotContain("/admin/upload", html);
    }

    [Fact]
    public async Task Only_an_admin_sees_the_upload_link()
    {
        _user.User = AccountSamples.SignedIn(AccountSamples.Tokens(roles: ["admin"]));

        var html = await RenderLayoutAsync();

        Assert.Contains("href=\"/admin/upload\"", html);
        Assert.Contains("href=\"/admin/operations\"", html);
        Assert.Contains("Choose a profile", html);
    }

    [Fact]
    public async Task A_signed_in_viewer_without_the_admin_role_sees_no_operations_link()
    {
        var html = await RenderLayoutAsync();

        Assert.DoesNotContain("/admin/operations", html);
    }

    [Fact]
    public async Task The_access_denied_page_answers_403_and_offers_to_sign_in_as_an_admin()
    {
        _navigation.NavigateTo("/forbidden?returnUrl=%2Fadmin%2Foperations");
        var http = new DefaultHttpContext { User = _user.User, RequestServices = _services };

        var html = await RenderAsync<PageHost>(new()
        {
            [nameof(PageHost.HttpContext)] = http,
            [nameof(PageHost.Page)] = typeof(Forbidden),
            [nameof(PageHost.PageParameters)] = new Dictionary<string, object?>(),
        });

        Assert.Equal(StatusCodes.Status403Forbidden, http.Response.StatusCode);
        Assert.Contains("data-testid=\"not-allowed\"", html);
        Assert.Contains("href=\"/signin?returnUrl=%2Fadmin%2Foperations\"", html);
    }

    [Fact]
    public void Signed_in_viewers_without_the_role_are_sent_to_the_access_denied_page() =>
        Assert.Equal("/forbidden", ViewerSessions.AccessDeniedPath);

    [Theory]
    [InlineData(typeof(SignIn))]
    [InlineData(typeof(SignUp))]
    [InlineData(typeof(SignOut))]
    [InlineData(typeof(Profiles))]
    [InlineData(typeof(Plans))]
    [InlineData(typeof(AccountPage))]
    [InlineData(typeof(Forbidden))]
    public void Pages_that_write_the_cookie_or_take_payments_render_without_a_circuit(Type page) =>
        Assert.NotNull(page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>());

    [Theory]
    [InlineData(typeof(Profiles))]
    [InlineData(typeof(Plans))]
    [InlineData(typeof(AccountPage))]
    public void Account_pages_need_a_signed_in_viewer(Type page)
    {
        var authorize = Assert.Single(page.GetCustomAttributes<AuthorizeAttribute>());
        Assert.Null(authorize.Roles);
    }

    [Theory]
    [InlineData(typeof(AdminUpload))]
    [InlineData(typeof(AdminOperations))]
    public void Admin_pages_are_for_admins_only(Type page) =>
        Assert.Equal("admin", Assert.Single(page.GetCustomAttributes<AuthorizeAttribute>()).Roles);

    [Theory]
    [InlineData(typeof(Home))]
    [InlineData(typeof(Search))]
    [InlineData(typeof(TitlePage))]
    [InlineData(typeof(SignIn))]
    [InlineData(typeof(SignUp))]
    public void Catalog_and_sign_in_pages_stay_open_to_everyone(Type page) =>
        Assert.Empty(page.GetCustomAttributes<AuthorizeAttribute>());

    private async Task<string> RenderPageAsync<TPage>(Dictionary<string, object?>? parameters = null) where TPage : IComponent
    {
        var http = new DefaultHttpContext { User = _user.User, RequestServices = _services };
        return await RenderAsync<PageHost>(new()
        {
            [nameof(PageHost.HttpContext)] = http,
            [nameof(PageHost.Page)] = typeof(TPage),
            [nameof(PageHost.PageParameters)] = parameters ?? [],
        });
    }

    private Task<string> RenderLayoutAsync() =>
        RenderAsync<MainLayout>(new() { [nameof(MainLayout.Body)] = (RenderFragment)(body => body.AddContent(0, "page")) });

    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = _services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, _services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            await output.QuiescenceTask;
            // Text is compared as the browser shows it: the renderer encodes "€" and "·" as entities.
            return System.Net.WebUtility.HtmlDecode(output.ToHtmlString());
        });
    }

    private static string KeyIn(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"Payment.IdempotencyKey\" value=\"([^\"]*)\"");
        Assert.True(match.Success, "The payment form carries no idempotency key.");
        return match.Groups[1].Value;
    }

    private static int Count(string html, string marker) =>
        (html.Length - html.Replace(marker, "", StringComparison.Ordinal).Length) / marker.Length;

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
