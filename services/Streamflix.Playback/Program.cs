using Streamflix.Playback.Data;
using Streamflix.Playback.Events;
using Streamflix.Playback.Grpc;
using Streamflix.Playback.Sessions;
using Streamflix.ServiceDefaults.RateLimiting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults(); // access tokens validated; every RPC needs a caller
builder.AddPlaybackData();        // Postgres "playbackdb" through EF Core: sessions, viewing progress, outbox, inbox
builder.AddPlaybackSessions();    // Redis "redis": stream leases, edge heartbeats, cached entitlements; Media:SigningKey
builder.AddPlaybackUpstreams();   // gRPC clients of accounts (profiles), billing (entitlement), catalog (titles)
builder.AddPlaybackGrpc();
builder.AddPlaybackEvents();
builder.AddStreamflixRateLimiting(); // StartPlayback per account ("RateLimits" options)      // SubscriptionChanged in; Playback* out through the outbox (RabbitMQ "eventbus")

var app = builder.Build();

// Before serving: replicas take turns (advisory lock) to migrate.
await app.MigrateDatabaseAsync<PlaybackDbContext>();

app.UseRateLimiter();         // after authentication: StartPlayback counts per signed-in account
app.MapGrpcService<PlaybackGrpcService>();
app.MapGrpcServiceDefaults();
app.MapEventBusOperations();

app.Run();
