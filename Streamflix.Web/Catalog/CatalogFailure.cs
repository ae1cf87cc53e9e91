using Grpc.Core;

namespace Streamflix.Web.Catalog;

/// <summary>How a failed catalog call is shown to the viewer.</summary>
public sealed record CatalogFailure(CatalogOutcome Outcome, string Message)
{
    public const string UnavailableMessage = "The catalog is unavailable right now. Please try again in a moment.";

    public static readonly CatalogFailure NotFound = new(CatalogOutcome.NotFound, "We could not find that title.");

    public static readonly CatalogFailure Unavailable = new(CatalogOutcome.Unavailable, UnavailableMessage);

    /// <summary>
    /// Only NotFound and InvalidArgument say something about the request; every other status
    /// (Unavailable, DeadlineExceeded, Internal, an open circuit reported as Unavailable …) means
    /// the catalog could not answer, and the viewer can do nothing but try again later.
    /// </summary>
    public static CatalogFailure From(RpcException exception) => exception.StatusCode switch
    {
        StatusCode.NotFound => NotFound,
        StatusCode.InvalidArgument => new(CatalogOutcome.Invalid,
            string.IsNullOrWhiteSpace(exception.Status.Detail) ? "That request is not valid." : exception.Status.Detail),
        _ => Unavailable,
    };
}
