using Google.Protobuf;
using Streamflix.Bench.Echo;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Bench.Services;

/// <summary>
/// The catalog's home-page call (GetHomeRows, served from its cache once warm) against a bare gRPC
/// echo on the same framework answering with as many bytes, same client, same concurrency. The
/// ratio says how much of the framework's throughput the catalog keeps (target ≥ 0.5).
/// </summary>
public static class GrpcComparison
{
    public const double Target = 0.5;

    public static async Task RunAsync(StreamflixGraph graph, ServicesOptions options, CancellationToken cancellationToken)
    {
        await graph.WaitForPlayableTitleAsync(cancellationToken);   // encoding done: nothing else runs beside the rounds
        var catalog = new CatalogService.CatalogServiceClient(graph.Channel("catalog"));
        var home = await catalog.GetHomeRowsAsync(new GetHomeRowsRequest(), cancellationToken: cancellationToken);
        var replyBytes = home.CalculateSize();
        await using var echo = await EchoServer.StartAsync(cancellationToken);
        var echoClient = new EchoService.EchoServiceClient(echo.Channel);
        var echoRequest = new EchoRequest { ReplyBytes = replyBytes };
        Console.WriteLine($"grpc: catalog GetHomeRows ({home.Rows.Count} rows, {replyBytes:N0} bytes) vs echo of {replyBytes:N0} bytes");

        var results = await Rounds.AlternateAsync(
            [
                ("catalog GetHomeRows", async ct => await catalog.GetHomeRowsAsync(new GetHomeRowsRequest(), cancellationToken: ct)),
                ("echo", async ct => await echoClient.EchoAsync(echoRequest, cancellationToken: ct)),
            ],
            options, cancellationToken);
        var (catalogResult, echoResult) = (results[0], results[1]);
        var ratio = catalogResult.PerSecond / echoResult.PerSecond;
        Console.WriteLine($"  median: {catalogResult.Line()}");
        Console.WriteLine($"  median: {echoResult.Line()}");
        Console.WriteLine($"  catalog/echo {ratio:F2} (target ≥ {Target}): {(ratio >= Target ? "met" : "NOT met")}");
        Console.WriteLine(
            $"RESULT grpc catalog_rps={catalogResult.PerSecond:F0} catalog_p99_ms={catalogResult.Latency.At(99):F1} " +
            $"echo_rps={echoResult.PerSecond:F0} echo_p99_ms={echoResult.Latency.At(99):F1} ratio={ratio:F2} " +
            $"reply_bytes={replyBytes} concurrency={options.Concurrency} errors={catalogResult.Errors + echoResult.Errors}");
    }
}
