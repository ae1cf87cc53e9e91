using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceClient<CatalogService.CatalogServiceClient>("catalog", CatalogReflection.Descriptor);

builder.Services.AddMemoryCache();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<LastGoodHomeRows>();
builder.Services.AddScoped<CatalogBrowser>();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

// Addresses that match no page, and pages that call NavigationManager.NotFound() (an unknown
// title), are answered by the not-found page with status 404.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapDefaultEndpoints();

app.Run();
