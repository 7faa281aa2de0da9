using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Demarche.Cluster;
using Demarche.Ingest;
using Demarche.Input;
using Demarche.Watch;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary><c>silo</c> (run one member of a cluster), <c>cluster status</c>, and <c>ingest --cluster</c>'s run.</summary>
internal static class ClusterCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return Silo(stdout, stderr);
        yield return ClusterCommand(stdout, stderr);
    }

    private static Command Silo(TextWriter stdout, TextWriter stderr)
    {
        var cluster = new ClusterOptionSet(required: true);
        var db = StoreCommands.DbOption();
        var host = new Option<string?>("--host") { Description = "the address other machines reach this silo at (default: this machine's first IPv4 address)" };
        var port = new Option<int>("--port") { Description = "the port silos talk to each other on", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "the port clients (watch, ingest, cluster status) connect to", DefaultValueFactory = _ => 30000 };
        var hostDelay = new Option<string>("--host-delay") { Description = "pause between two requests to one site, per silo (default 1s)", DefaultValueFactory = _ => "1s" };
        var dict = new Option<string?>("--dict") { Description = "a folder of YAML files that add or override actors (as for analyze)" };
        var cmd = new Command("silo", "Run one silo of a Demarche cluster (Orleans): it polls feeds and analyses documents for the cluster, until Ctrl-C.")
            { db, host, port, gatewayPort, hostDelay, dict };
        cluster.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (cluster.Config(parse, stderr) is not { } config) return CommandLineApp.ExitUsage;
            IPAddress? address = null;
            if (parse.GetValue(host) is { } h && !IPAddress.TryParse(h, out address))
            {
                stderr.WriteLine("demarche: --host must be an IP address");
                return CommandLineApp.ExitUsage;
            }
            if (!Durations.TryParse(parse.GetValue(hostDelay), out var delay))
            {
                stderr.WriteLine("demarche: --host-delay must be a duration such as 1s");
                return CommandLineApp.ExitUsage;
            }
            var settings = new SiloConfig
            {
                Cluster = config, Store = parse.GetValue(db)!, Address = address, SiloPort = parse.GetValue(port), GatewayPort = parse.GetValue(gatewayPort),
                HostDelay = delay, UserDictionary = parse.GetValue(dict),
            };
            using (StoreCommands.OpenStore(parse, db, writable: true)) { } // creates or upgrades the store as ingest does; a clear error for one that cannot be opened
            return RunSilo(settings, stdout, stderr);
        });
        return cmd;
    }

    private static int RunSilo(SiloConfig settings, TextWriter stdout, TextWriter stderr)
    {
        var work = new SiloWork(settings);
        using var host = SiloHost.Build(settings, work, logging => logging
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .AddFilter("Orleans", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information));
        using var signals = new StopSignals(stderr);
        try
        {
            try
            {
                host.StartAsync(signals.Abort).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stderr.WriteLine($"demarche: the silo could not join the cluster '{settings.Cluster.ClusterId}' (Redis {settings.Cluster.Redis}): {e.Message.Split(" - ", 2)[0]}");
                return CommandLineApp.ExitFailed;
            }
            stdout.WriteLine($"silo {work.Name} joined the cluster '{settings.Cluster.ClusterId}' (Redis {settings.Cluster.Redis}); gateway port {settings.GatewayPort}; store {work.Writer.Location}");
            stdout.Flush();
            try
            {
                Task.Delay(Timeout.Infinite, signals.Stop).Wait();
            }
            catch (AggregateException) { }
            stdout.WriteLine($"silo {work.Name} leaving the cluster");
            stdout.Flush();
            host.StopAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            return CommandLineApp.ExitOk;
        }
        finally
        {
            work.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static Command ClusterCommand(TextWriter stdout, TextWriter stderr)
    {
        var cluster = new ClusterOptionSet(required: true);
        var json = new Option<bool>("--json");
        var status = new Command("status", "The cluster's silos, the feeds each polls, documents stored per minute.") { json };
        cluster.AddTo(status);
        status.SetAction(parse =>
        {
            if (cluster.Config(parse, stderr) is not { } config) return CommandLineApp.ExitUsage;
            return WithClient(config, async client =>
            {
                var rows = await ClusterStatus.ReadAsync(client).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    foreach (var r in rows) stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(r, Demarche.Core.Contract.AnalysisJson.Options));
                    return CommandLineApp.ExitOk;
                }
                var table = new Table().Border(TableBorder.Rounded).AddColumns("silo", "status", "feeds", "analysed", "stored", "stored/min", "memory");
                foreach (var r in rows)
                    table.AddRow(Markup.Escape(r.Silo), r.Status, r.Feeds.ToString(), r.Report?.Analysed.ToString("N0") ?? "", r.Report?.Stored.ToString("N0") ?? "",
                        r.Report?.StoredLastMinute.ToString("N0") ?? "", r.Report is { } rep ? $"{rep.WorkingSetBytes / (1024 * 1024)} MB" : Markup.Escape(r.Error ?? ""));
                var console = StoreCommands.ConsoleFor(stdout);
                console.Write(table);
                var active = rows.Where(r => r.Report is not null).ToList();
                console.WriteLine($"{active.Count} active silos, {rows.Sum(r => r.Feeds)} feeds active, {active.Sum(r => r.Report!.StoredLastMinute):N0} documents stored in the last minute");
                return CommandLineApp.ExitOk;
            });
        });
        var cmd = new Command("cluster", "A Demarche cluster's state.") { status };
        return cmd;
    }

    /// <summary>Connects to the cluster, runs <paramref name="action"/>, disconnects; a cluster that does not answer is a one-line error.</summary>
    public static int WithClient(ClusterConfig config, Func<IClusterClient, Task<int>> action)
    {
        try
        {
            return Task.Run(async () =>
            {
                await using var connection = await ClusterConnection.ConnectAsync(config).ConfigureAwait(false);
                return await action(connection.Client).ConfigureAwait(false);
            }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is Orleans.Runtime.OrleansException or TimeoutException or StackExchange.Redis.RedisException)
        {
            throw new IOException($"the cluster '{config.ClusterId}' did not answer: {e.Message.Split(" - ", 2)[0]}");
        }
    }

    /// <summary><c>ingest PATH… --cluster</c>: the inputs are read here and analysed and stored by the silos.</summary>
    public static int Ingest(ClusterConfig config, string[] inputs, InputReader reader, InputMeter meter, TextWriter stdout, TextWriter stderr) =>
        WithClient(config, async client =>
        {
            var progress = new IngestProgress();
            var clock = Stopwatch.StartNew();
            var run = new ClusterIngest(client).RunAsync(inputs.SelectMany(reader.Read), progress);
            if (IngestProgressView.IsInteractive(stderr))
                IngestProgressView.Show(stderr, run, progress, meter, InputMeter.TotalBytes(inputs), clock);
            await run.ConfigureAwait(false);
            IngestProgressView.Summary(stdout, progress, clock, $"the cluster '{config.ClusterId}'");
            return progress.Failed > 0 ? CommandLineApp.ExitFailed : CommandLineApp.ExitOk;
        });
}
