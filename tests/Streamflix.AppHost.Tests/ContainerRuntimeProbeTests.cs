using Streamflix.AppHost.Infrastructure;

namespace Streamflix.AppHost.Tests;

public sealed class ContainerRuntimeProbeTests
{
    [Fact]
    public void A_runtime_that_is_not_installed_is_not_available()
    {
        Assert.False(ContainerRuntimeProbe.IsAvailable("no-such-runtime-xyz", TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void A_runtime_that_fails_is_not_available()
    {
        // `false info --format ...` starts, exits 1 and prints nothing.
        Assert.False(ContainerRuntimeProbe.IsAvailable("false", TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void ASPIRE_CONTAINER_RUNTIME_wins()
    {
        var environment = Environment(
            ("ASPIRE_CONTAINER_RUNTIME", "podman"),
            ("DOTNET_ASPIRE_CONTAINER_RUNTIME", "nerdctl"));

        Assert.Equal("podman", ContainerRuntimeProbe.RuntimeName(environment));
    }

    [Fact]
    public void DOTNET_ASPIRE_CONTAINER_RUNTIME_is_used_when_ASPIRE_CONTAINER_RUNTIME_is_unset()
    {
        var environment = Environment(("DOTNET_ASPIRE_CONTAINER_RUNTIME", "nerdctl"));

        Assert.Equal("nerdctl", ContainerRuntimeProbe.RuntimeName(environment));
    }

    [Fact]
    public void Docker_is_the_default_runtime()
    {
        Assert.Equal("docker", ContainerRuntimeProbe.RuntimeName(Environment()));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => values.GetValueOrDefault(name);
    }
}
