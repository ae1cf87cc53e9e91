using Microsoft.Extensions.DependencyInjection;
using Streamflix.AppHost;
using Streamflix.AppHost.Chaos;
using Streamflix.AppHost.Infrastructure;
using Streamflix.AppHost.Media;
using Streamflix.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);

// Postgres, Redis and RabbitMQ: containers when a runtime answers, local processes otherwise
// (Infrastructure:Mode overrides). Services see the same connection strings either way.
var infrastructure = builder.AddStreamflixInfrastructure();
var redis = infrastructure.Redis;
var eventBus = infrastructure.EventBus;
var catalogDb = infrastructure.AddDatabase("catalogdb");
var accountsDb = infrastructure.AddDatabase("accountsdb");
var billingDb = infrastructure.AddDatabase("billingdb");
var playbackDb = infrastructure.AddDatabase("playbackdb");
var recommendationsDb = infrastructure.AddDatabase("recommendationsdb");

// Secrets shared between services: from configuration when set, else generated for this run.
var mediaSigningKey = builder.AddGeneratedSecret("media-signing-key");
var originWriteKey = builder.AddGeneratedSecret("origin-write-key");
var edgeInternalKey = builder.AddGeneratedSecret("edge-internal-key");
var authSigningKey = builder.AddGeneratedSecret("auth-signing-key");
var operationsKey = builder.AddGeneratedSecret("operations-key");
// The site vouches with it for the viewer address it forwards to accounts (sign-up limits per viewer).
var forwardedAddressKey = builder.AddGeneratedSecret("forwarded-address-key");
// The seeded staff account admin@streamflix.local signs in with this (see the dashboard's parameters).
var adminPassword = builder.AddGeneratedSecret("admin-password");

// Media: the encoder builds HLS ladders with ffmpeg, origin keeps the master copy, edges serve viewers.
var origin = builder.AddProject<Projects.Streamflix_Origin>("origin")
    .WithEnvironment("Origin__DataPath", infrastructure.DataPath("origin"))
    .WithEnvironment("Origin__WriteKey", originWriteKey)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

var encoder = builder.AddProject<Projects.Streamflix_Encoder>("encoder")
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(origin).WaitFor(origin)
    .WithAccessTokens(authSigningKey)
    .WithEventBusOperations("encoder", operationsKey)
    .WithEnvironment("Origin__WriteKey", originWriteKey)
    .WithEnvironment("Encoder__WorkPath", infrastructure.DataPath("encoder-work"))
    .WithEnvironment("Encoder__UploadPath", infrastructure.DataPath("encoder-uploads"))
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

var edge1 = builder.AddEdge("edge-1", "eu-west", origin, redis, eventBus, mediaSigningKey, edgeInternalKey, operationsKey);
var edge2 = builder.AddEdge("edge-2", "us-east", origin, redis, eventBus, mediaSigningKey, edgeInternalKey, operationsKey);

// Services. Accounts and billing tell others what happened through their outboxes.
var accounts = builder.AddProject<Projects.Streamflix_Accounts>("accounts")
    .WithReference(accountsDb).WaitFor(accountsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithAccessTokens(authSigningKey)
    .WithEnvironment("Accounts__AdminPassword", adminPassword)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithRateLimits(builder.Configuration)
    .WithForwardedAddressKey(forwardedAddressKey)
    .WithHttpHealthCheck("/health");

var billing = builder.AddProject<Projects.Streamflix_Billing>("billing")
    .WithReference(billingDb).WaitFor(billingDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithAccessTokens(authSigningKey)
    .WithEventBusOperations("billing", operationsKey)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

var catalog = builder.AddProject<Projects.Streamflix_Catalog>("catalog")
    .WithReference(catalogDb).WaitFor(catalogDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithAccessTokens(authSigningKey)
    .WithEventBusOperations("catalog", operationsKey)
    // One event at a time: a title's job events are applied in the order they were published.
    .WithEnvironment("EventBus__PrefetchCount", "1")
    .WithEnvironment("Catalog__DemoContent__DurationSeconds", builder.Configuration["DemoContent:DurationSeconds"] ?? "0")
    .WithEnvironment("Catalog__DemoContent__MaxTitles", builder.Configuration["DemoContent:MaxTitles"] ?? "0")
    .WithConfiguredReplicas(builder.Configuration)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

// Pressing Play: entitlement (billing), profile (accounts), title (catalog), stream leases in
// Redis, edges ranked from their heartbeats, URLs signed with the key edges verify.
var playback = builder.AddProject<Projects.Streamflix_Playback>("playback")
    .WithReference(playbackDb).WaitFor(playbackDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(accounts).WithReference(billing).WithReference(catalog)
    .WithAccessTokens(authSigningKey)
    .WithEnvironment("Media__SigningKey", mediaSigningKey)
    .WithEventBusOperations("playback", operationsKey)
    .WithPlaybackTimings(builder.Configuration)
    .WithRateLimits(builder.Configuration)
    .WithConfiguredReplicas(builder.Configuration)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

// Rows per profile from viewing and catalog events, kept incrementally; the site falls back to
// catalog rows when it is slow or down.
var recommendations = builder.AddProject<Projects.Streamflix_Recommendations>("recommendations")
    .WithReference(recommendationsDb).WaitFor(recommendationsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(accounts).WithReference(catalog)
    .WithAccessTokens(authSigningKey)
    .WithEventBusOperations("recommendations", operationsKey)
    .WithConfiguredReplicas(builder.Configuration)
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Streamflix_Web>("web")
    .WithExternalHttpEndpoints()
    .WithReference(catalog).WaitFor(catalog)
    .WithReference(accounts).WaitFor(accounts)
    .WithReference(billing).WaitFor(billing)
    .WithReference(playback).WaitFor(playback)
    .WithReference(recommendations) // optional: the home page falls back to catalog rows
    .WithReference(encoder) // admin uploads; the site works without it
    .WithOperations(operationsKey, redis, builder.Configuration) // Redis, Operations__Key, Chaos__Enabled (+ fault commands)
    // The site's Content-Security-Policy lets the player fetch media from these origins only.
    .WithEnvironment("Security__MediaOrigins__0", edge1.GetEndpoint("http"))
    .WithEnvironment("Security__MediaOrigins__1", edge2.GetEndpoint("http"))
    .WithRateLimits(builder.Configuration)
    .WithForwardedAddressKey(forwardedAddressKey)
    .WithHttpHealthCheck("/health");

// Every project runs as `dotnet exec` of its build output, without a `dotnet run` parent beside it.
builder.LaunchProjectsFromBuildOutput();

builder.Services.AddHostedService<GraphReadyReporter>();
// Opt-in (ChaosMonkey:Enabled): stops a random instance of a listed resource now and then, during experiments.
builder.AddChaosMonkey();

builder.Build().Run();
