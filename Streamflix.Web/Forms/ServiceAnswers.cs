using Grpc.Core;

namespace Streamflix.Web.Forms;

/// <summary>Tells a service's answer about the request from its failure to answer at all.</summary>
public static class ServiceAnswers
{
    /// <summary>
    /// These statuses are the service saying no to this request, in words meant for the person who
    /// made it. Every other status (Unavailable, DeadlineExceeded, Internal, Unknown, an open
    /// circuit …) means it could not answer: the page says so and never shows the detail.
    /// </summary>
    public static bool IsAnswer(StatusCode status) => status is
        StatusCode.InvalidArgument
        or StatusCode.AlreadyExists
        or StatusCode.FailedPrecondition
        or StatusCode.ResourceExhausted
        or StatusCode.OutOfRange
        or StatusCode.NotFound
        or StatusCode.PermissionDenied
        or StatusCode.Unauthenticated;

    /// <summary>The server's own message for an answer, or <paramref name="fallback"/> when it gave none.</summary>
    public static string DetailOr(RpcException exception, string fallback) =>
        string.IsNullOrWhiteSpace(exception.Status.Detail) ? fallback : exception.Status.Detail;
}
