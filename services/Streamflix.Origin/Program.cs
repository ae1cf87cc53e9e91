using Streamflix.Origin.Endpoints;
using Streamflix.Origin.Storage;
using Streamflix.Origin.Telemetry;
using Streamflix.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaStore();       // files under Origin:DataPath; writes need Origin:WriteKey
builder.AddOriginTelemetry();  // meter "Streamflix.Origin"

var app = builder.Build();

app.UseTraversalGuard();       // 400 for ../ and encoded separators, before Kestrel's normalised path is used
app.UseOriginTelemetry();
app.MapMediaEndpoints();
app.MapDefaultEndpoints();

app.Run();
