using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Demarche.Cluster.Tests;

/// <summary>A <c>demarche silo</c> child process (the command-line program built beside the tests), killed at the end.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Port { get; }
    public string Name => $"127.0.0.1:{Port}";

    public SiloProcess(string redis, string clusterId, string store, int port, int gatewayPort)
    {
        Port = port;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "demarche.dll"), "silo", "--cluster", redis, "--cluster-id", clusterId, "--db", store,
                     "--host", "127.0.0.1", "--port", port.ToString(), "--gateway-port", gatewayPort.ToString(), "--host-delay", "0s", "--probe-timeout", "1s" })
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Line(e.Data);
        _process.ErrorDataReceived += (_, e) => Line(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _joined.TrySetException(new InvalidOperationException($"the silo on port {port} exited ({_process.ExitCode}):\n{Output}"));
    }

    private void Line(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains("joined the cluster", StringComparison.Ordinal)) _joined.TrySetResult();
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public Task Joined => _joined.Task;

    /// <summary>kill -9: no goodbye to the cluster, no flush.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try { Kill(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}

/// <summary>The Redis server for the cluster tests: $DEMARCHE_TEST_REDIS, else 127.0.0.1:6379 (what .ci/install-deps starts).</summary>
public static class TestRedis
{
    public static string Connection { get; } = Environment.GetEnvironmentVariable("DEMARCHE_TEST_REDIS") is { Length: > 0 } r ? r : "127.0.0.1:6379";

    private static readonly Lazy<string?> Unreachable = new(Probe);

    public static void Require()
    {
        if (Unreachable.Value is { } why) Assert.Skip(why);
    }

    private static string? Probe()
    {
        var endpoint = Connection.Split(',')[0];
        var parts = endpoint.Split(':');
        try
        {
            using var client = new TcpClient();
            if (!client.ConnectAsync(parts[0], parts.Length > 1 ? int.Parse(parts[1]) : 6379).Wait(2000)) throw new TimeoutException("no answer within 2 s");
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[64];
            stream.ReadTimeout = 2000;
            int n = stream.Read(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, n);
            return answer.StartsWith("+PONG", StringComparison.Ordinal) ? null : $"Redis at {endpoint} answered '{answer.Trim()}'";
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or AggregateException)
        {
            return $"Redis not reachable at {endpoint} ({e.Message}); .ci/install-deps starts one, or set DEMARCHE_TEST_REDIS";
        }
    }
}
