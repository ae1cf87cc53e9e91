using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Streamflix.IntegrationTests;

[Collection(StreamflixCollection.Name)]
public sealed class GraphHealthTests(StreamflixAppFixture fixture)
{
    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Every_resource_reaches_healthy(string resource)
    {
        Assert.True(fixture.App.ResourceNotifications.TryGetCurrentState(resource, out var state),
            $"Resource '{resource}' is not in the graph.");
        Assert.Equal(HealthStatus.Healthy, state.Snapshot.HealthStatus);
        Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
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

    public static TheoryData<string> ResourceNames() => new(StreamflixAppFixture.Resources);
}
