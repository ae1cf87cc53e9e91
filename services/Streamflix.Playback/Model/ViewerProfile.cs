namespace Streamflix.Playback.Model;

/// <summary>A profile of the caller's account, as accounts lists it.</summary>
public sealed record ViewerProfile(Guid Id, bool Kids);
