using System.Net.Sockets;
using System.Text;

namespace Demarche.Cluster.Tests;

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
