using Grpc.Core;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>
/// An in-process stand-in for the catalog: each call answers from the function set for it, which
/// may return a response or throw an <see cref="RpcException"/>. Calls are counted so tests can
/// show that a call was (or was not) made.
/// </summary>
internal sealed class FakeCatalogClient : CatalogService.CatalogServiceClient
{
    public Func<GetHomeRowsRequest, GetHomeRowsResponse> HomeRows { get; set; } = _ => throw Unset();
    public Func<GetTitleRequest, Title> Title { get; set; } = _ => throw Unset();
    public Func<SearchTitlesRequest, SearchTitlesResponse> Search { get; set; } = _ => throw Unset();
    public Func<ListGenresRequest, ListGenresResponse> Genres { get; set; } = _ => new ListGenresResponse();
    public Func<ListTitlesRequest, ListTitlesResponse> Titles { get; set; } = _ => throw Unset();

    public List<string> Calls { get; } = [];

    public static RpcException Failure(StatusCode code, string detail = "") => new(new Status(code, detail));

    public override AsyncUnaryCall<GetHomeRowsResponse> GetHomeRowsAsync(GetHomeRowsRequest request, CallOptions options) =>
        Answer(nameof(GetHomeRows), () => HomeRows(request));

    public override AsyncUnaryCall<Title> GetTitleAsync(GetTitleRequest request, CallOptions options) =>
        Answer(nameof(GetTitle), () => Title(request));

    public override AsyncUnaryCall<SearchTitlesResponse> SearchTitlesAsync(SearchTitlesRequest request, CallOptions options) =>
        Answer(nameof(SearchTitles), () => Search(request));

    public override AsyncUnaryCall<ListTitlesResponse> ListTitlesAsync(ListTitlesRequest request, CallOptions options) =>
        Answer(nameof(ListTitles), () => Titles(request));

    public override AsyncUnaryCall<ListGenresResponse> ListGenresAsync(ListGenresRequest request, CallOptions options) =>
        Answer(nameof(ListGenres), () => Genres(request));

    private AsyncUnaryCall<T> Answer<T>(string method, Func<T> respond)
    {
        Calls.Add(method);
        Task<T> response;
        try
        {
            response = Task.FromResult(respond());
        }
        catch (RpcException exception)
        {
            // A real client fails the awaited response, not the call itself.
            response = Task.FromException<T>(exception);
        }
        return new AsyncUnaryCall<T>(
            response,
            Task.FromResult(new Metadata()),
            () => response.IsCompletedSuccessfully ? Status.DefaultSuccess : ((RpcException)response.Exception!.InnerException!).Status,
            () => [],
            () => { });
    }

    private static RpcException Unset() => Failure(StatusCode.Unimplemented, "not set up in this test");
}
