using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Streamflix.IntegrationTests;

[Collection(StreamflixCollection.Name)]
public sealed class GraphHealthTests(StreamflixAppFixture fixture)
{
    [Theory]
    [MemberData(nameof(ResourceNames))]
    public async Task Every_resource_reaches_healthy(string resource)
    {
        // A replicated service is several instances (catalog-abcd1234, …): every one must be up.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var instances = await ResourceInstances.IdsAsync(fixture.App, resource, timeout.Token);
        Assert.NotEmpty(instances);
        foreach (var instance in instances)
        {
            Assert.True(fixture.App.ResourceNotifications.TryGetCurrentState(instance, out var state),
                $"Instance '{instance}' of '{resource}' has no state.");
            Assert.Equal(HealthStatus.Healthy, state.Snapshot.HealthStatus);
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
        }
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("playback")]
    [InlineData("recommendations")]
    public async Task Stateless_services_run_as_two_replicas(string resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(2, (await ResourceInstances.IdsAsync(fixture.App, resource, timeout.Token)).Count);
    }

    [Fact]
    public async Task Services_answer_their_health_and_liveness_endpoints()
    {
        foreach (var resource in new[] { "catalog", "web" })
        {
            using var client = fixture.HttpClient(resource);
            Assert.Equal("Healthy", await client.GetStringAsync("/health"));
            Assert.Equal("Healthy", await client.GetStringAsync("/alive"));
        }
    }

    [Fact]
    public async Task Catalog_serves_the_standard_grpc_health_service()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(fixture.Channel("catalog"));
        var response = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Every_service_process_runs_its_build_output_without_a_dotnet_run_parent()
    {
        // The machines this runs on are Linux; the check reads /proc.
        Assert.True(OperatingSystem.IsLinux(), "this check reads /proc");
        var snapshot = await Hostile.ResourcePids.SnapshotAsync(fixture);
        var projects = fixture.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<ProjectResource>().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var checkedProcesses = 0;
        foreach (var (id, process) in snapshot)
        {
            if (!process.IsRunning || process.Pid.Length == 0
                || !projects.Any(name => id == name || id.StartsWith(name + "-", StringComparison.Ordinal)))
            {
                continue;
            }

            // DCP's process for the resource: `dotnet exec …/bin/<cfg>/<tfm>/X.dll`, not `dotnet run --project`.
            var commandLine = (await File.ReadAllTextAsync($"/proc/{process.Pid}/cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(commandLine.Length >= 3 && commandLine[1] == "exec" && commandLine[2].EndsWith(".dll", StringComparison.Ordinal),
                $"{id}: {string.Join(' ', commandLine)}");
            checkedProcesses++;
        }

        Assert.True(checkedProcesses >= projects.Count, $"{checkedProcesses} processes checked for {projects.Count} projects");
    }

    public static TheoryData<string> ResourceNames() => new(StreamflixAppFixture.Resources);
}
