using Streamflix.Billing.Data;
using Streamflix.Billing.Events;
using Streamflix.Billing.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults(); // access tokens validated; every RPC needs a caller unless [AllowAnonymous]
builder.AddBillingData();         // Postgres "billingdb" through EF Core
builder.AddBillingGrpc();
builder.AddBillingEvents();       // AccountCreated in; SubscriptionChanged out through the outbox (RabbitMQ "eventbus")

var app = builder.Build();

// Before serving: replicas take turns (advisory lock) to migrate.
await app.MigrateDatabaseAsync<BillingDbContext>();

app.MapGrpcService<BillingGrpcService>();
app.MapGrpcServiceDefaults();
app.MapEventBusOperations();

app.Run();
