namespace Streamflix.Bench.Chaos;

/// <summary>
/// What one experiment measured: the load's figures per phase (control before the fault, during it,
/// after it), the experiment's own findings (events, recovery, lost writes), and its goal met or not.
/// </summary>
public sealed record ExperimentResult(
    string Name,
    string Fault,
    string Goal,
    IReadOnlyList<PhaseStats> Phases,
    IReadOnlyList<string> Findings,
    bool? GoalMet,
    string? SkippedBecause = null)
{
    public static ExperimentResult Skipped(string name, string fault, string goal, string reason) =>
        new(name, fault, goal, [], [], null, reason);

    public string Verdict => SkippedBecause is { } reason ? $"skipped: {reason}"
        : GoalMet switch { true => "met", false => "not met", null => "no goal" };
}
