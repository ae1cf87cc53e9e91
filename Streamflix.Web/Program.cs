using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Billing;
using Streamflix.Web.Catalog;
using Streamflix.Web.Components;
using Streamflix.Web.Media;
using Streamflix.Web.Operations;
using Streamflix.Web.Playback;
using Streamflix.Web.Recommendations;
using Streamflix.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// CSP that still lets the player reach the edges, security headers, antiforgery cookie, HSTS.
builder.AddSiteSecurity();
builder.AddGrpcServiceClient<CatalogService.CatalogServiceClient>("catalog", CatalogReflection.Descriptor);
// Uploads are client streams: the helper gives streaming calls no per-attempt deadline and no retry.
builder.AddGrpcServiceClient<MediaIngest.MediaIngestClient>("encoder", EncoderReflection.Descriptor);
builder.AddGrpcServiceClient<AccountsService.AccountsServiceClient>("accounts", AccountsReflection.Descriptor);
builder.AddGrpcServiceClient<BillingService.BillingServiceClient>("billing", BillingReflection.Descriptor);
builder.AddGrpcServiceClient<PlaybackService.PlaybackServiceClient>("playback", PlaybackReflection.Descriptor);
// The home page's rows: a tight budget and a quick circuit (appsettings GrpcClients:recommendations),
// because the page has its fallback (the catalog's genre rows) and must not wait for it.
builder.AddGrpcServiceClient<RecommendationsService.RecommendationsServiceClient>("recommendations", RecommendationsReflection.Descriptor);

// Sign-in: an auth cookie holding the viewer and their tokens, refreshed as they near expiry.
builder.AddViewerSessions();
builder.Services.AddScoped<BillingDesk>();
builder.Services.AddScoped<AccountOverviewReader>();

builder.Services.AddMemoryCache();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<LastGoodHomeRows>();
builder.Services.AddScoped<CatalogBrowser>();
builder.Services.AddScoped<TitleDirectory>();
builder.Services.AddScoped<HomeRowsReader>();
builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
builder.Services.AddScoped<UploadTitles>();
builder.Services.AddScoped<SourceUploader>();

// The admin operations page: instance reports, chaos faults and edge heartbeats from Redis.
builder.AddOperationsBoard();

// The player: a session per page, kept signed in past the circuit's first access token.
builder.Services.AddSingleton<SignInRenewals>();
builder.Services.AddScoped<CircuitAccessToken>();
builder.Services.AddTransient<PlayerSession>();
builder.Services.AddScoped<ContinueWatchingReader>();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

// Error page without stack traces outside Development, HSTS, CSP and the other security headers.
app.UseSiteSecurity();

// Addresses that match no page, and pages that call NavigationManager.NotFound() (an unknown
// title), are answered by the not-found page with status 404.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// Who the viewer is must be known before antiforgery checks a form post (its token is bound to
// the signed-in user) and before a page's [Authorize] is enforced. Pages without [Authorize]
// (home, title, search) stay open to everyone.
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapSignInRenewal();
app.MapDefaultEndpoints();

app.Run();
