namespace Streamflix.Recommendations.Model;

/// <summary>A service needed to answer (accounts) did not answer. Becomes Unavailable.</summary>
public sealed class DependencyUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
