namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// The faults a request asks for (FIT: failure injection testing scoped to one request), parsed
/// from <see cref="FaultHeader.Name"/>. Travels with the request to every call it makes.
/// </summary>
public sealed record FaultScenario(IReadOnlyList<FaultRule> Rules)
{
    /// <summary>The first rule for <paramref name="target"/>, or null when its calls are left alone.</summary>
    public FaultRule? RuleFor(string target) =>
        Rules.FirstOrDefault(rule => string.Equals(rule.Target, target, StringComparison.OrdinalIgnoreCase));

    /// <summary>The header value that reproduces this scenario (only the valid rules).</summary>
    public string ToHeaderValue() => string.Join(';', Rules);

    public override string ToString() => ToHeaderValue();
}
