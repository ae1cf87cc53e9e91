namespace Streamflix.Recommendations.Rows;

/// <summary>
/// What an event handler changed, collected in the handler's scope and acted on only after its
/// transaction committed (rows must never be built from signals that could still roll back).
/// </summary>
public sealed class ChangedSignals
{
    private readonly HashSet<Guid> profiles = [];

    public IReadOnlyCollection<Guid> Profiles => profiles;

    public bool CatalogChanged { get; private set; }

    public void Profile(Guid profileId) => profiles.Add(profileId);

    public void Catalog() => CatalogChanged = true;
}
