using Streamflix.Encoder.Encoding;
using Streamflix.Encoder.Events;
using Streamflix.Encoder.Ingest;
using Streamflix.Encoder.Media;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddEncoding();       // ffmpeg/ffprobe, demo sources, the HLS ladder ("Encoder" options)
builder.AddOriginUploads();  // PUT/DELETE on http://origin with Origin:WriteKey
builder.AddMediaIngest();    // admin uploads of source videos

// EventBus:PrefetchCount = 1: one job at a time, an encode already uses every core.
builder.AddEventBus("eventbus")
    .AddSubscription<EncodeRequested, EncodeRequestedHandler>();
// Jobs waiting, in this instance's report for the operations page (extra.encodingQueueDepth).
builder.Services.AddSingleton<Streamflix.ServiceDefaults.Instances.IInstanceFiguresSource, EncodingQueueFigures>();

var app = builder.Build();

app.MapGrpcService<MediaIngestService>();
app.MapGrpcServiceDefaults();
app.MapEventBusOperations(); // dead letters: count and replay (dashboard command)

app.Run();
