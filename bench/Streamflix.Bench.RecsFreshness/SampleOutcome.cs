namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// One sample: how long the broker took to confirm the event, then how long after that confirmation
/// the first GetRows answer reflected it (null: it did not within the limit, or the sample failed).
/// </summary>
public sealed record SampleOutcome(
    string TitleId,
    double PublishMilliseconds,
    double? LatencyMilliseconds,
    int Polls,
    double? AnsweringCallMilliseconds,
    bool ShowedAnchor,
    string? Error)
{
    public bool Reflected => LatencyMilliseconds is not null;

    public bool TimedOut => LatencyMilliseconds is null && Error is null;

    public static SampleOutcome Failed(string titleId, string error) => new(titleId, double.NaN, null, 0, null, false, error);
}
