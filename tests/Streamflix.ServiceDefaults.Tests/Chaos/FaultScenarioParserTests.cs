using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.ServiceDefaults.Tests.Chaos;

public sealed class FaultScenarioParserTests
{
    [Fact]
    public void The_contract_example_parses_into_two_rules()
    {
        var result = FaultScenarioParser.Parse("catalog=latency:2000;recommendations=error@50");

        Assert.Empty(result.Problems);
        Assert.Equal(
            [new FaultRule("catalog", FaultKind.Latency, 2000, 100), new FaultRule("recommendations", FaultKind.Error, 0, 50)],
            result.Scenario!.Rules);
    }

    [Theory]
    [InlineData("billing=error", "billing", FaultKind.Error, 0, 100)]
    [InlineData("billing=abort@25", "billing", FaultKind.Abort, 0, 25)]
    [InlineData(" edge-1 = latency:150 @ 0 ", "edge-1", FaultKind.Latency, 150, 0)]
    [InlineData("catalog=ERROR", "catalog", FaultKind.Error, 0, 100)]
    public void One_rule(string header, string target, FaultKind kind, int latencyMs, int percent)
    {
        var rule = Assert.Single(FaultScenarioParser.Parse(header).Scenario!.Rules);

        Assert.Equal(new FaultRule(target, kind, latencyMs, percent), rule);
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("=error")]
    [InlineData("catalog=explode")]
    [InlineData("catalog=latency")]
    [InlineData("catalog=latency:-5")]
    [InlineData("catalog=latency:999999999")]
    [InlineData("catalog=error:3")]
    [InlineData("catalog=error@101")]
    [InlineData("catalog=error@x")]
    [InlineData("cat alog=error")]
    [InlineData("../etc=error")]
    public void A_bad_rule_is_reported_and_left_out(string header)
    {
        var result = FaultScenarioParser.Parse(header);

        Assert.Null(result.Scenario);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Good_rules_survive_a_bad_neighbour()
    {
        var result = FaultScenarioParser.Parse("catalog=nonsense;billing=error;;");

        Assert.Equal("billing", Assert.Single(result.Scenario!.Rules).Target);
        Assert.Contains("catalog=nonsense", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";;;")]
    public void No_header_means_no_scenario_and_no_problem(string? header)
    {
        var result = FaultScenarioParser.Parse(header);

        Assert.Null(result.Scenario);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "=:;@-ab0129errolatencyabort \t%€";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            _ = FaultScenarioParser.Parse(text);
        }
    }

    [Fact]
    public void Too_many_rules_are_cut_off_with_a_problem()
    {
        var header = string.Join(';', Enumerable.Range(0, FaultScenarioParser.MaxRules + 3).Select(i => $"s{i}=error"));

        var result = FaultScenarioParser.Parse(header);

        Assert.Equal(FaultScenarioParser.MaxRules, result.Scenario!.Rules.Count);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void The_header_value_round_trips()
    {
        const string header = "catalog=latency:2000;recommendations=error@50;billing=abort";

        Assert.Equal(header, FaultScenarioParser.Parse(header).Scenario!.ToHeaderValue());
    }

    [Fact]
    public void The_rule_for_a_target_is_found_case_insensitively_and_others_get_none()
    {
        var scenario = FaultScenarioParser.Parse("Catalog=error").Scenario!;

        Assert.NotNull(scenario.RuleFor("catalog"));
        Assert.Null(scenario.RuleFor("billing"));
    }
}
