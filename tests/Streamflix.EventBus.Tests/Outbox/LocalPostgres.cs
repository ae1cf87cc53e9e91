using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>
/// A throwaway PostgreSQL cluster from the distribution's server binaries, started the way the
/// AppHost's postgres.sh starts one: as the postgres user when running as root, listening on
/// 127.0.0.1 only, on a free port. Each test takes a database of its own.
/// </summary>
public sealed class LocalPostgres : IAsyncLifetime
{
    private const string User = "postgres";
    private const string ServerUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _password = Guid.NewGuid().ToString("N");
    private readonly StringBuilder _output = new();
    private readonly bool _asRoot = Environment.UserName == "root";
    private string _workDirectory = "";
    private string _binDirectory = "";
    private Process? _server;
    private int _databases;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_workDirectory, "data");

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

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Password={_password};Database={database};Include Error Detail=true";

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _workDirectory = await PrepareWorkDirectoryAsync();
        Port = FreePort();

        var passwordFile = Path.Combine(_workDirectory, "password");
        await File.WriteAllTextAsync(passwordFile, _password + "\n");
        await OwnAsync(passwordFile);
        await RunAsync(Path.Combine(_binDirectory, "initdb"),
            ["-D", DataDirectory, "-U", User, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
        File.Delete(passwordFile);

        // Durability is not what these tests are about: fsync off keeps them fast on a busy machine.
        _server = Start(Path.Combine(_binDirectory, "postgres"),
        [
            "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
        ]);

        await WaitUntilAcceptingConnectionsAsync();
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            try
            {
                if (!_server.HasExited)
                {
                    // A fast shutdown ends the backends cleanly; killing is the fallback.
                    await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "20"]);
                }
            }
            catch (Exception)
            {
                // Fall through to the kill below.
            }

            try
            {
                if (!_server.HasExited)
                {
                    _server.Kill(entireProcessTree: true);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                    await _server.WaitForExitAsync(timeout.Token);
                }
            }
            catch (Exception)
            {
                // Already gone.
            }

            _server.Dispose();
        }

        try
        {
            if (_workDirectory.Length > 0)
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .ToArray()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, postgres) were not found under {root}/<version>/bin. " +
            "Install them (Debian: apt-get install postgresql; test.sh does this through scripts/prerequisites.sh).");
    }

    private async Task<string> PrepareWorkDirectoryAsync()
    {
        var name = "streamflix-outbox-pg-" + Guid.NewGuid().ToString("N")[..8];
        var directory = Path.Combine(Path.GetTempPath(), name);
        Directory.CreateDirectory(directory);
        if (!_asRoot)
        {
            return directory;
        }

        // postgres refuses to run as root; its user must be able to reach and write the directory.
        await OwnAsync(directory);
        if (await RunQuietlyAsync("setpriv", [.. ServerUserSwitch(), "test", "-w", directory]) == 0)
        {
            return directory;
        }

        Directory.Delete(directory, recursive: true);
        directory = Path.Combine("/tmp", name);
        Directory.CreateDirectory(directory);
        await OwnAsync(directory);
        return directory;
    }

    private async Task OwnAsync(string path)
    {
        if (_asRoot)
        {
            await RunAsync("chown", [$"{ServerUser}:{ServerUser}", path], asServerUser: false);
        }
    }

    private static string[] ServerUserSwitch() => [$"--reuid={ServerUser}", $"--regid={ServerUser}", "--init-groups"];

    private async Task WaitUntilAcceptingConnectionsAsync()
    {
        var started = Stopwatch.StartNew();
        Exception? last = null;
        while (started.Elapsed < StartTimeout)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with {_server.ExitCode}:\n{Output}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=5");
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex)
            {
                last = ex;
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"PostgreSQL did not accept connections within {StartTimeout}:\n{Output}", last);
    }

    private async Task RunAsync(string fileName, string[] arguments, bool asServerUser = true)
    {
        var process = Start(fileName, arguments, asServerUser);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} exited with {process.ExitCode}:\n{Output}");
        }
    }

    private async Task<int> RunQuietlyAsync(string fileName, string[] arguments)
    {
        var process = Start(fileName, arguments, asServerUser: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private Process Start(string fileName, string[] arguments, bool asServerUser = true)
    {
        var info = new ProcessStartInfo(asServerUser && _asRoot ? "setpriv" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServerUser && _asRoot)
        {
            // setpriv execs in place: the process started here is the server itself.
            foreach (var argument in ServerUserSwitch())
            {
                info.ArgumentList.Add(argument);
            }

            info.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
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
}
