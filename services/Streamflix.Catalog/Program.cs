using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Events;
using Streamflix.Catalog.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddCatalogData();   // Postgres "catalogdb" through EF Core
builder.AddCatalogCache();  // HybridCache: in-process L1 + Redis "redis" L2
builder.AddCatalogGrpc();
builder.AddCatalogEvents(); // encoder events in; demo encode jobs and title events (outbox) out (RabbitMQ "eventbus")

var app = builder.Build();

// Before serving: replicas take turns (advisory lock) to migrate and seed.
await app.MigrateDatabaseAsync<CatalogDbContext>(
    (db, services, cancellationToken) => CatalogSeeder.SeedAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken));

app.MapGrpcService<CatalogGrpcService>();
app.MapGrpcServiceDefaults();
app.MapEventBusOperations(); // dead letters: count and replay (dashboard command)

app.Run();
