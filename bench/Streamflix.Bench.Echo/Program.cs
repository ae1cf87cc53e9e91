using Streamflix.Bench.Echo;

// A bare gRPC server: what the framework alone costs per call on this machine. The URL comes from
// Kestrel__Endpoints__grpc__Url (h2c on loopback), set by the benchmark that starts it.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGrpc();

var app = builder.Build();
app.MapGrpcService<EchoEndpoint>();
app.Run();
