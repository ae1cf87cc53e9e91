using System.Globalization;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>The rules read from a header, and a reason for each part that was not understood.</summary>
public sealed record FaultParseResult(FaultScenario? Scenario, IReadOnlyList<string> Problems);

/// <summary>
/// Reads <c>rule(;rule)*</c> with <c>rule = target=kind[:arg][@percent]</c>. Never throws: a header
/// comes from outside, and a bad rule must be skipped (and reported), not fail the request.
/// </summary>
public static class FaultScenarioParser
{
    /// <summary>Longest injected delay: a typo (an extra zero) must not hold a request for an hour.</summary>
    public const int MaxLatencyMs = 60_000;

    /// <summary>Enough rules for every dependency; a longer header is someone probing.</summary>
    public const int MaxRules = 16;

    public static FaultParseResult Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new FaultParseResult(null, []);
        }

        var rules = new List<FaultRule>();
        var problems = new List<string>();
        foreach (var part in header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (rules.Count == MaxRules)
            {
                problems.Add($"more than {MaxRules} rules; the rest were ignored");
                break;
            }

            if (TryParseRule(part, out var rule, out var problem))
            {
                rules.Add(rule);
            }
            else
            {
                problems.Add($"'{Truncate(part)}': {problem}");
            }
        }

        return new FaultParseResult(rules.Count == 0 ? null : new FaultScenario(rules), problems);
    }

    private static bool TryParseRule(string text, out FaultRule rule, out string problem)
    {
        rule = null!;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            problem = "expected target=kind";
            return false;
        }

        var target = text[..equals].Trim();
        if (!IsResourceName(target))
        {
            problem = "the target must be a resource name (letters, digits, '-')";
            return false;
        }

        var spec = text[(equals + 1)..].Trim();
        var percent = 100;
        var at = spec.LastIndexOf('@');
        if (at >= 0)
        {
            if (!int.TryParse(spec[(at + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out percent) || percent is < 0 or > 100)
            {
                problem = "the percent after '@' must be a whole number from 0 to 100";
                return false;
            }

            spec = spec[..at].Trim();
        }

        var colon = spec.IndexOf(':');
        var kindText = (colon < 0 ? spec : spec[..colon]).Trim();
        var argument = colon < 0 ? null : spec[(colon + 1)..].Trim();
        switch (kindText.ToLowerInvariant())
        {
            case "error" when argument is null:
                rule = new FaultRule(target, FaultKind.Error, Percent: percent);
                break;
            case "abort" when argument is null:
                rule = new FaultRule(target, FaultKind.Abort, Percent: percent);
                break;
            case "latency":
                if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms is < 1 or > MaxLatencyMs)
                {
                    problem = $"latency needs milliseconds from 1 to {MaxLatencyMs}, as latency:2000";
                    return false;
                }

                rule = new FaultRule(target, FaultKind.Latency, ms, percent);
                break;
            case "error" or "abort":
                problem = $"'{kindText}' takes no argument";
                return false;
            default:
                problem = "the kind must be error, abort or latency:<ms>";
                return false;
        }

        problem = "";
        return true;
    }

    private static bool IsResourceName(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
