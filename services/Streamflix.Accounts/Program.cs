using Streamflix.Accounts.Data;
using Streamflix.Accounts.Events;
using Streamflix.Accounts.Grpc;
using Streamflix.Accounts.Security;
using Streamflix.ServiceDefaults.RateLimiting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults(); // validates access tokens; RPCs need a caller unless [AllowAnonymous]
builder.AddAccountsData();        // Postgres "accountsdb" through EF Core
builder.AddAccountsSecurity();    // password hashing, token issuing, administrators ("Accounts" options)
builder.AddAccountsGrpc();
builder.AddAccountsEvents();
builder.AddStreamflixRateLimiting(); // sign-in per email, sign-up per client address ("RateLimits" options)      // AccountCreated out through the outbox relay (RabbitMQ "eventbus")

var app = builder.Build();

// Before serving: replicas take turns (advisory lock) to migrate and seed the administrator.
await app.MigrateDatabaseAsync<AccountsDbContext>(
    (_, services, cancellationToken) => services.GetRequiredService<AdminAccountSeeder>().SeedAsync(cancellationToken));

app.UseSignInEmailPeek(); // the sign-in limiter counts per email: read it before the limiter runs
app.UseRateLimiter();
app.MapGrpcService<AccountsGrpcService>();
app.MapGrpcServiceDefaults();

app.Run();
