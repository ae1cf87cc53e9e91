using Streamflix.Edge.Caching;
using Streamflix.Edge.Events;
using Streamflix.Edge.Heartbeat;
using Streamflix.Edge.Http;
using Streamflix.Edge.Prefill;
using Streamflix.Edge.Renditions;
using Streamflix.Encoder.Events;
using Streamflix.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// A whole segment (up to MediaResponseWriter.ChunkBytes) is handed to Kestrel at once; with the default
// 64 KB response buffer every segment's flush waited for the socket, an extra wake-up per response.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxResponseBufferSize = 2L * MediaResponseWriter.ChunkBytes);
builder.Services.AddSingleton(EdgeSigningKey.FromConfiguration(builder.Configuration)); // Media:SigningKey
builder.Services.AddSingleton<VerifiedMediaPaths>();
builder.AddEdgeCaching();      // byte-bounded LRU + coalesced fills from http://origin
builder.Services.AddSingleton<RenditionGate>();   // plan height caps: which folder holds which rendition
builder.AddEdgePrefill();      // playlists + first segments of a title, on request
builder.AddEdgeHeartbeat();    // load, metrics, heartbeat to Redis "redis" every 2 s
builder.AddEdgeCors();         // any origin may read; the signed path is the access control
builder.AddEventBus("eventbus") // prefill each newly published title (this edge's own queue)
    .AddSubscription<EncodingCompleted, PrefillOnEncodingCompleted>();

var app = builder.Build();

app.UseTraversalGuard();       // 400 for ../ and encoded separators, before Kestrel's normalised path is used
app.UseCors();
app.MapEdgeMedia();            // GET|HEAD /v/{expires}/{session}/{maxHeight}/{signature}/{titleId}/{path}
app.MapEdgeInternal();         // POST /internal/prefill/{titleId}
app.MapDefaultEndpoints();
app.MapEventBusOperations(); // dead letters: count and replay (dashboard command)

app.Run();
