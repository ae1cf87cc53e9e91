using Streamflix.AppHost.Chaos;

namespace Streamflix.AppHost.Tests;

public sealed class VictimChooserTests
{
    private static readonly IReadOnlySet<string> Targets = ChaosMonkeyOptions.DefaultTargets.ToHashSet();

    private static ChaosInstance Running(string name, string id) => new(name, id, "Running");

    [Fact]
    public void Only_running_instances_of_listed_resources_are_chosen()
    {
        ChaosInstance[] graph =
        [
            Running("postgres", "postgres"), Running("redis", "redis"), Running("eventbus", "eventbus"),
            Running("accounts", "accounts"), Running("web", "web"),
            Running("catalog", "catalog-aaaa"), Running("catalog", "catalog-bbbb"), Running("edge-1", "edge-1"),
        ];
        var random = new Random(7);

        var chosen = Enumerable.Range(0, 200).Select(_ => VictimChooser.Choose(graph, Targets, random)!.ResourceId).ToHashSet();

        Assert.Equal(["catalog-aaaa", "catalog-bbbb", "edge-1"], chosen.Order());
    }

    [Fact]
    public void Infrastructure_is_a_victim_only_when_listed()
    {
        ChaosInstance[] graph = [Running("postgres", "postgres"), Running("catalog", "catalog-aaaa")];

        var chosen = VictimChooser.Choose(graph, new HashSet<string> { "postgres" }, new Random(1));

        Assert.Equal("postgres", chosen?.ResourceId);
    }

    [Fact]
    public void Nothing_is_chosen_while_a_listed_instance_is_down()
    {
        ChaosInstance[] graph =
        [
            Running("catalog", "catalog-aaaa"), new("catalog", "catalog-bbbb", "Exited"), Running("playback", "playback-cccc"),
        ];

        Assert.Null(VictimChooser.Choose(graph, Targets, new Random(3)));
    }

    [Fact]
    public void Nothing_is_chosen_when_no_listed_resource_exists()
    {
        ChaosInstance[] graph = [Running("accounts", "accounts"), Running("billing", "billing")];

        Assert.Null(VictimChooser.Choose(graph, Targets, new Random(3)));
    }

    [Fact]
    public void Each_replica_is_a_victim_on_its_own()
    {
        ChaosInstance[] graph = [Running("playback", "playback-aaaa"), Running("playback", "playback-bbbb")];
        var random = new Random(11);

        var chosen = Enumerable.Range(0, 100).Select(_ => VictimChooser.Choose(graph, new HashSet<string> { "playback" }, random)!.ResourceId);

        Assert.Equal(2, chosen.Distinct().Count());
    }
}
