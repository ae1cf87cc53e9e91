using Microsoft.Extensions.Configuration;
using Streamflix.AppHost.Infrastructure;

namespace Streamflix.AppHost.Tests;

public sealed class InfrastructureModeTests
{
    private static IConfiguration Configuration(string? mode) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Infrastructure:Mode"] = mode })
        .Build();

    [Theory]
    [InlineData("Local", InfrastructureMode.Local)]
    [InlineData("local", InfrastructureMode.Local)]
    [InlineData("LOCAL", InfrastructureMode.Local)]
    [InlineData("Containers", InfrastructureMode.Containers)]
    [InlineData("containers", InfrastructureMode.Containers)]
    [InlineData("CONTAINERS", InfrastructureMode.Containers)]
    public void An_explicit_mode_is_honoured_case_insensitively(string configured, InfrastructureMode expected)
    {
        Assert.Equal(expected, InfrastructureBuilderExtensions.ResolveMode(Configuration(configured)));
    }

    [Theory]
    [InlineData("Kubernetes")]
    [InlineData("docker")]
    [InlineData("Local-ish")]
    public void An_invalid_mode_throws_naming_the_value(string configured)
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => InfrastructureBuilderExtensions.ResolveMode(Configuration(configured)));

        Assert.Contains($"'{configured}'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("auto")]
    public void Auto_or_unset_resolves_to_a_concrete_mode(string? configured)
    {
        var mode = InfrastructureBuilderExtensions.ResolveMode(Configuration(configured));

        Assert.Contains(mode, new[] { InfrastructureMode.Local, InfrastructureMode.Containers });
    }
}
