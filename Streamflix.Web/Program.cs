using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Components;
using Streamflix.Web.Media;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceClient<CatalogService.CatalogServiceClient>("catalog", CatalogReflection.Descriptor);
// Uploads are client streams: the helper gives streaming calls no per-attempt deadline and no retry.
builder.AddGrpcServiceClient<MediaIngest.MediaIngestClient>("encoder", EncoderReflection.Descriptor);

builder.Services.AddMemoryCache();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<LastGoodHomeRows>();
builder.Services.AddScoped<CatalogBrowser>();
builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
builder.Services.AddScoped<UploadTitles>();
builder.Services.AddScoped<SourceUploader>();

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
