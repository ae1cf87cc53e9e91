using Grpc.Core;

namespace Streamflix.Web.Tests;

/// <summary>A unary call that completes at once with a response, or fails as a real one does: when awaited.</summary>
internal static class FakeUnaryCall
{
    public static AsyncUnaryCall<T> Answer<T>(Func<T> respond)
    {
        Task<T> response;
        try
        {
            response = Task.FromResult(respond());
        }
        catch (RpcException exception)
        {
            response = Task.FromException<T>(exception);
        }
        return From(response);
    }

    public static AsyncUnaryCall<T> From<T>(Task<T> response) => new(
        response,
        Task.FromResult(new Metadata()),
        () => response.IsCompletedSuccessfully ? Status.DefaultSuccess : ((RpcException)response.Exception!.InnerException!).Status,
        () => [],
        () => { });

    public static RpcException Failure(StatusCode code, string detail = "") => new(new Status(code, detail));
}
