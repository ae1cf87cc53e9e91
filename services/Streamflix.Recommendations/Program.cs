using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Events;
using Streamflix.Recommendations.Grpc;
using Streamflix.Recommendations.Rows;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();         // access tokens validated; every RPC needs a caller
builder.AddRecommendationsData();         // Postgres "recommendationsdb" through EF Core: titles, viewing signals, inbox
builder.AddRecommendationsRows();         // Redis "redis": precomputed rows per profile; catalogue bootstrap
builder.AddRecommendationsUpstreams();    // gRPC clients of accounts (profiles, kids flag) and catalog (titles)
builder.AddRecommendationsGrpc();
builder.AddRecommendationsEvents();       // Playback* and Title* in (RabbitMQ "eventbus"), rows rebuilt after each

var app = builder.Build();

// Before serving: replicas take turns (advisory lock) to migrate.
await app.MigrateDatabaseAsync<RecommendationsDbContext>();

app.MapGrpcService<RecommendationsGrpcService>();
app.MapGrpcServiceDefaults();
app.MapEventBusOperations();

app.Run();
