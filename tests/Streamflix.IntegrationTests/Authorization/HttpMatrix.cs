using Xunit.Abstractions;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>Tallies the HTTP cases of the matrix: which route, which caller, whether it got through, whether it should have.</summary>
public sealed class HttpMatrix(ITestOutputHelper output)
{
    private readonly List<string> _unauthorizedSuccesses = [];
    private readonly List<string> _legitimateRefused = [];
    private readonly HashSet<string> _routes = [];
    private int _cases;

    public void Record(string route, string caller, bool allowed, bool gotThrough, string outcome)
    {
        _routes.Add(route);
        _cases++;
        var line = $"{route} {caller}: {outcome}";
        output.WriteLine(line);
        if (gotThrough && !allowed)
        {
            _unauthorizedSuccesses.Add(line);
        }
        else if (!gotThrough && allowed)
        {
            _legitimateRefused.Add(line);
        }
    }

    public void AssertOnlyLegitimateCallersGotThrough()
    {
        output.WriteLine($"HTTP authorization matrix: {_routes.Count} routes, {_cases} cases; unauthorized successes: {_unauthorizedSuccesses.Count}; " +
            $"legitimate callers refused: {_legitimateRefused.Count}");
        Assert.True(_unauthorizedSuccesses.Count == 0, "Unauthorized successes:\n" + string.Join('\n', _unauthorizedSuccesses));
        Assert.True(_legitimateRefused.Count == 0, "Legitimate callers refused:\n" + string.Join('\n', _legitimateRefused));
    }
}
