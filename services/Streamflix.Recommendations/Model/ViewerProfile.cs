namespace Streamflix.Recommendations.Model;

/// <summary>One of the caller's profiles as accounts lists it: kids profiles only ever see kids titles.</summary>
public sealed record ViewerProfile(Guid Id, bool IsKids);
