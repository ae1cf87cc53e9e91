using Microsoft.Extensions.DependencyInjection;
using Streamflix.AppHost;
using Streamflix.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Postgres, Redis and RabbitMQ: containers when a runtime answers, local processes otherwise
// (Infrastructure:Mode overrides). Services see the same connection strings either way.
var infrastructure = builder.AddStreamflixInfrastructure();
var redis = infrastructure.Redis;
var catalogDb = infrastructure.AddDatabase("catalogdb");

var catalog = builder.AddProject<Projects.Streamflix_Catalog>("catalog")
    .WithReference(catalogDb).WaitFor(catalogDb)
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Streamflix_Web>("web")
    .WithExternalHttpEndpoints()
    .WithReference(catalog).WaitFor(catalog)
    .WithHttpHealthCheck("/health");

builder.Services.AddHostedService<GraphReadyReporter>();

builder.Build().Run();
