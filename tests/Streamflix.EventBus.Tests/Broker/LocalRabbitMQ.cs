using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RabbitMQ.Client;

namespace Streamflix.EventBus.Tests.Broker;

/// <summary>
/// A throwaway RabbitMQ node started the way the AppHost starts it without containers: epmd as
/// a process of its own, then the AppHost's rabbitmq.sh with ports and node name in the environment.
/// </summary>
public sealed class LocalRabbitMQ : IAsyncLifetime
{
    private const string User = "streamflix";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _password = Guid.NewGuid().ToString("N");
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "streamflix-eventbus-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _portMapper;
    private Process? _server;

    public int Port { get; private set; }

    public string NodeName { get; } = $"sfxbus{Environment.ProcessId}{Guid.NewGuid().ToString("N")[..6]}@localhost";

    public int PortMapperPort { get; private set; }

    public string DataDirectory => _dataDirectory;

    public string ConnectionString => $"amqp://{User}:{_password}@127.0.0.1:{Port}";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        Port = FreePort();
        PortMapperPort = FreePort();
        var distributionPort = FreePort();

        _portMapper = Start("epmd", ["-port", PortMapperPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"], []);

        var script = Path.Combine(RepositoryRoot(), "Streamflix.AppHost", "Infrastructure", "Scripts", "rabbitmq.sh");
        _server = Start("bash", [script, Path.Combine(_dataDirectory, "rabbitmq")], new()
        {
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = PortMapperPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_USER"] = User,
            ["RABBITMQ_PASSWORD"] = _password,
        });

        await WaitUntilAcceptingConnectionsAsync();
    }

    public Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { Uri = new Uri(ConnectionString), AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    /// <summary>Drops every client connection, as a broker restart or network cut would.</summary>
    public async Task CloseAllConnectionsAsync()
    {
        var ctl = Start("/usr/lib/rabbitmq/bin/rabbitmqctl", ["-n", NodeName, "close_all_connections", "test: simulated network cut"], new()
        {
            ["HOME"] = Path.Combine(_dataDirectory, "rabbitmq"),
            ["ERL_EPMD_PORT"] = PortMapperPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_dataDirectory, "rabbitmq", "rabbitmq-env.conf"),
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await ctl.WaitForExitAsync(timeout.Token);
        if (ctl.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl close_all_connections exited with {ctl.ExitCode}:\n{Output}");
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in new[] { _server, _portMapper })
        {
            if (process is null)
            {
                continue;
            }

            try
            {
                if (!process.HasExited)
                {
                    // The script execs the server, which has Erlang helpers of its own.
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
                }
            }
            catch (Exception)
            {
                // Already gone.
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilAcceptingConnectionsAsync()
    {
        var started = Stopwatch.StartNew();
        Exception? last = null;
        while (started.Elapsed < StartTimeout)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with {_server.ExitCode}:\n{Output}");
            }

            try
            {
                await using var connection = await ConnectAsync();
                return;
            }
            catch (Exception ex)
            {
                last = ex;
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"RabbitMQ did not accept AMQP connections within {StartTimeout}:\n{Output}", last);
    }

    private Process Start(string fileName, string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dataDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Streamflix.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Streamflix.sln not found above " + AppContext.BaseDirectory);
    }
}
