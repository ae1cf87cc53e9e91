namespace Streamflix.Playback.Model;

/// <summary>A service playback needs did not answer; the message says what the viewer should do. Becomes Unavailable.</summary>
public sealed class DependencyUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
