using Grpc.Core;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>A catalog that answers ListTitles from fixed pages, chained by their page tokens.</summary>
internal sealed class FakeTitleListClient(params ListTitlesResponse[] pages) : CatalogService.CatalogServiceClient
{
    public RpcException? Failure { get; set; }

    public List<string> PageTokens { get; } = [];

    public override AsyncUnaryCall<ListTitlesResponse> ListTitlesAsync(ListTitlesRequest request, CallOptions options)
    {
        PageTokens.Add(request.PageToken);
        var response = Failure is { } failure
            ? Task.FromException<ListTitlesResponse>(failure)
            : Task.FromResult(pages[string.IsNullOrEmpty(request.PageToken) ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture)]);
        return new AsyncUnaryCall<ListTitlesResponse>(
            response, Task.FromResult(new Metadata()), () => Failure?.Status ?? Status.DefaultSuccess, () => [], () => { });
    }
}
