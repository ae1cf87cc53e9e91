using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>Counts every case by category and verdict, keeps the failures' details, prints the totals.</summary>
public sealed class HostileTally
{
    private readonly ConcurrentDictionary<(HostileCategory, Verdict), int> _counts = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public int Cases => _counts.Values.Sum();
    public int ServerErrors => Count(Verdict.ServerError);
    public int UnexpectedAcceptances => Count(Verdict.UnexpectedAcceptance);
    public int LeakyMessages => Count(Verdict.LeakyMessage);
    public int WritesWhileRefusing => Count(Verdict.WroteWhileRefusing);
    public IReadOnlyCollection<string> Failures => _failures;

    public void Record(HostileCategory category, string name, Verdict verdict, string detail)
    {
        _counts.AddOrUpdate((category, verdict), 1, (_, n) => n + 1);
        if (verdict is not (Verdict.Refused or Verdict.Accepted))
        {
            _failures.Enqueue($"{verdict}: {name} → {detail}");
        }
    }

    public void Report(ITestOutputHelper output, string suite, IReadOnlyList<string> crashes)
    {
        output.WriteLine($"== {suite}: {Cases} cases, {ServerErrors} 5xx/Internal, {crashes.Count} crashes, " +
            $"{UnexpectedAcceptances} unexpected acceptances, {LeakyMessages} leaky messages, {WritesWhileRefusing} writes while refusing");
        foreach (var category in _counts.Keys.Select(k => k.Item1).Distinct().Order())
        {
            var verdicts = _counts.Where(e => e.Key.Item1 == category)
                .Select(e => $"{e.Key.Item2} {e.Value}");
            output.WriteLine($"   {category,-16} {_counts.Where(e => e.Key.Item1 == category).Sum(e => e.Value),5}: {string.Join(", ", verdicts)}");
        }

        foreach (var crash in crashes)
        {
            output.WriteLine($"   CRASH {crash}");
        }

        foreach (var failure in _failures.Take(200))
        {
            output.WriteLine($"   {failure}");
        }
    }

    private int Count(Verdict verdict) => _counts.Where(e => e.Key.Item2 == verdict).Sum(e => e.Value);
}
