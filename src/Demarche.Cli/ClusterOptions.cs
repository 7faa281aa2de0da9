using System.CommandLine;
using Demarche.Cluster;
using Demarche.Watch;

namespace Demarche.Cli;

/// <summary>The options every cluster command takes: where the cluster's Redis is, and the cluster's name.</summary>
internal sealed class ClusterOptionSet(bool required)
{
    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "the Redis server holding the cluster's membership and reminders (host:port, or a StackExchange.Redis connection string)",
        Required = required,
    };

    public Option<string> ClusterId { get; } = new("--cluster-id") { Description = "the cluster's name (several can share one Redis)", DefaultValueFactory = _ => "demarche" };

    public Option<string> ProbeTimeout { get; } = new("--probe-timeout")
    {
        Description = "how long a silo waits for another's answer; three missed answers and it is declared dead (default 5s)",
        DefaultValueFactory = _ => "5s",
        Hidden = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
        command.Options.Add(ProbeTimeout);
    }

    public bool IsSet(ParseResult parse) => !string.IsNullOrWhiteSpace(parse.GetValue(Cluster));

    public ClusterConfig? Config(ParseResult parse, TextWriter stderr)
    {
        if (!Durations.TryParse(parse.GetValue(ProbeTimeout), out var probe) || probe <= TimeSpan.Zero)
        {
            stderr.WriteLine("demarche: --probe-timeout must be a duration such as 5s");
            return null;
        }
        return new ClusterConfig { Redis = parse.GetValue(Cluster)!, ClusterId = parse.GetValue(ClusterId)!, ProbeTimeout = probe };
    }
}
