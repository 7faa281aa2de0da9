using System.Net;
using System.Net.Sockets;

namespace Demarche.Cluster;

/// <summary>
/// How to reach a Demarche cluster: the Redis server that holds its membership and reminders, and the cluster's
/// name (several clusters can share one Redis).
/// </summary>
public sealed record ClusterConfig
{
    /// <summary>A StackExchange.Redis connection string: host:port[,password=…][,ssl=true].</summary>
    public required string Redis { get; init; }

    public string ClusterId { get; init; } = "demarche";

    /// <summary>How long a silo waits for a probe answer: a silo that misses three in a row is declared dead.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a call to a grain may take before it fails (and its work is offered again).</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>One silo: the cluster it joins, the store it writes to, and how it is reached.</summary>
public sealed record SiloConfig
{
    public required ClusterConfig Cluster { get; init; }

    /// <summary>The Demarche store (an SQLite file for a one-machine cluster, else a PostgreSQL connection string).</summary>
    public required string Store { get; init; }

    /// <summary>The address other silos and clients reach this one at (default: this machine's first IPv4 address).</summary>
    public IPAddress? Address { get; init; }

    /// <summary>How the silo names itself in <c>feeds</c> ("polled by"); default: address:port.</summary>
    public string? Name { get; init; }

    public int SiloPort { get; init; } = 11111;
    public int GatewayPort { get; init; } = 30000;

    /// <summary>Politeness: the pause between two requests to one site (per silo).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A folder of YAML files that add or override actors (as --dict).</summary>
    public string? UserDictionary { get; init; }

    public int BatchSize { get; init; } = 200;

    /// <summary>The shortest reminder period accepted (feeds polled more often than this cannot be followed).</summary>
    public TimeSpan MinimumReminderPeriod { get; init; } = TimeSpan.FromSeconds(1);

    public IPAddress ResolvedAddress() => Address ?? FirstAddress();

    private static IPAddress FirstAddress()
    {
        try
        {
            return Dns.GetHostAddresses(Dns.GetHostName())
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback;
        }
        catch (SocketException)
        {
            return IPAddress.Loopback;
        }
    }
}
