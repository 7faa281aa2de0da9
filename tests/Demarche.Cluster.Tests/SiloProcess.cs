using System.Diagnostics;
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
