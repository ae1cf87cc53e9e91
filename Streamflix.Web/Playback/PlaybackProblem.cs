namespace Streamflix.Web.Playback;

/// <summary>
/// Why the player cannot play, as the page shows it: <see cref="Reason"/> is the service's
/// refusal reason (or the site's own, e.g. ALL_EDGES_FAILED), carried in data-reason for tests
/// and support; the link, when there is one, is what the viewer can do about it.
/// </summary>
public sealed record PlaybackProblem(string Reason, string Message, string? LinkHref = null, string? LinkText = null);
