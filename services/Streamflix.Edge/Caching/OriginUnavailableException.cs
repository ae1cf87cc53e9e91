using System.Net;

namespace Streamflix.Edge.Caching;

/// <summary>The origin answered, but with something other than the object or a 404.</summary>
public sealed class OriginUnavailableException(string originPath, HttpStatusCode status)
    : Exception($"Origin answered {(int)status} for '{originPath}'.")
{
    public HttpStatusCode Status { get; } = status;
}
