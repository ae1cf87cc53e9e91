using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Streamflix.Bench.Echo;

namespace Streamflix.Bench.Services;

/// <summary>
/// bench/Streamflix.Bench.Echo as its own process (built in Release by bench/run beside this console),
/// in Production, on a free loopback port, stopped on dispose.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly Process _process;

    private EchoServer(Process process, GrpcChannel channel)
    {
        _process = process;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public static async Task<EchoServer> StartAsync(CancellationToken cancellationToken)
    {
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..",
            "Streamflix.Bench.Echo", "bin", "Release", "net10.0", "Streamflix.Bench.Echo.dll"));
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build bench/Streamflix.Bench.Echo in Release first (bench/run does).", dll);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the echo server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"echo: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, UseProxy = false },
            DisposeHttpClient = true,
        });
        var server = new EchoServer(process, channel);
        var client = new EchoService.EchoServiceClient(channel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                await client.EchoAsync(new EchoRequest(), cancellationToken: timeout.Token);
                return server;
            }
            catch (Grpc.Core.RpcException) when (!timeout.IsCancellationRequested && !process.HasExited)
            {
                await Task.Delay(200, timeout.Token);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
