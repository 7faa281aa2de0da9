using System.CommandLine;
using Demarche.Cluster;
using Demarche.Ingest;
using Demarche.Input.Network;
using Demarche.Pipeline;
using Demarche.Store;
using Demarche.Watch;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary><c>watch</c> (follow feeds, here or on a cluster) and <c>feeds</c> (where each followed feed stands).</summary>
internal static class WatchCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return Watch(stdout, stderr);
        yield return Feeds(stdout);
    }

    private static Command Watch(TextWriter stdout, TextWriter stderr)
    {
        var feeds = new Argument<string[]>("FEEDS")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "feed URLs, files listing feed URLs (one a line, # comments), or OPML files",
        };
        var every = new Option<string>("--every") { Description = "how often each feed is polled: 90s, 15m, 1h (default 15m)", DefaultValueFactory = _ => "15m" };
        var db = StoreCommands.DbOption();
        var fetch = new Option<bool>("--fetch") { Description = "download the page an item links to when the feed holds only a short summary (where robots.txt allows)" };
        var workers = new Option<int>("--workers") { Description = "items analysed at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var hostDelay = new Option<string>("--host-delay") { Description = "pause between two requests to one site (default 1s)", DefaultValueFactory = _ => "1s" };
        var parallel = new Option<int>("--parallel") { Description = "feeds polled at once (each site still one request at a time)", DefaultValueFactory = _ => 16 };
        var once = new Option<bool>("--once") { Description = "poll every feed once, store its new items, and exit (for cron)" };
        var dict = new Option<string?>("--dict") { Description = "a folder of YAML files that add or override actors (as for analyze)" };
        var unfollow = new Option<bool>("--unfollow") { Description = "with --cluster: the cluster stops following these feeds" };
        var allowPrivate = CommandLineApp.AllowPrivateOption();
        var cluster = new ClusterOptionSet(required: false);
        var cmd = new Command("watch", "Follow feeds: poll each on its interval and store its new items once, until Ctrl-C (or hand them to a cluster with --cluster).")
            { feeds, every, db, fetch, workers, hostDelay, parallel, once, dict, unfollow, allowPrivate };
        cluster.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (!Durations.TryParse(parse.GetValue(every), out var interval) || interval < TimeSpan.FromSeconds(1))
                return Usage(stderr, "--every must be a duration of a second or more, such as 90s, 15m or 1h");
            if (!Durations.TryParse(parse.GetValue(hostDelay), out var delay))
                return Usage(stderr, "--host-delay must be a duration such as 1s or 500ms");
            if (parse.GetValue(dict) is { } folder && !Directory.Exists(folder))
                return Usage(stderr, $"--dict: no such folder '{folder}'");
            var list = FeedList.Expand(parse.GetValue(feeds)!);
            foreach (var e in list.Errors) stderr.WriteLine("demarche: " + e);
            if (list.Urls.Count == 0) return Usage(stderr, "no feed to watch");
            if (cluster.IsSet(parse))
            {
                if (parse.GetValue(allowPrivate)) return Usage(stderr, "--allow-private applies on one machine (a cluster's silos fetch public addresses only)");
                if (cluster.Config(parse, stderr) is not { } config) return CommandLineApp.ExitUsage;
                return parse.GetValue(unfollow) ? UnfollowOnCluster(config, list.Urls, stdout) : FollowOnCluster(config, list.Urls, interval, parse.GetValue(fetch), stdout);
            }
            if (parse.GetValue(unfollow)) return Usage(stderr, "--unfollow goes with --cluster (on one machine, watch follows the feeds it is given)");
            var target = parse.GetValue(db)!;
            using (StoreCommands.OpenStore(parse, db, writable: true)) { } // creates or upgrades the store as ingest does; a clear error for one that cannot be opened
            var options = new WatchOptions
            {
                Every = interval, FetchPages = parse.GetValue(fetch), Once = parse.GetValue(once),
                ParallelPolls = Math.Max(1, parse.GetValue(parallel)),
            };
            if (CommandLineApp.CreateAnalyzer(parse.GetValue(dict), null, stderr) is not { } analyzer) return CommandLineApp.ExitUsage;
            return RunHere(target, list.Urls, options, delay, new AddressPolicy(parse.GetValue(allowPrivate)), analyzer, Math.Max(1, parse.GetValue(workers)), stdout, stderr);
        });
        return cmd;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("demarche: " + message);
        return CommandLineApp.ExitUsage;
    }

    private static int RunHere(string target, IReadOnlyList<string> urls, WatchOptions options, TimeSpan hostDelay, AddressPolicy policy, Analyzer analyzer, int workers, TextWriter stdout, TextWriter stderr)
    {
        using var states = FeedStates.Open(target);
        var writer = new BatchedDocumentWriter(target);
        try
        {
            var http = new WatchHttp(hostDelay, policy: policy);
            var processor = new ItemProcessor(analyzer, writer, parallelAnalyses: workers);
            var round = new FeedRound(new FeedPoller(http, states), http, states, Environment.MachineName);
            bool interactive = IngestProgressView.IsInteractive(stderr);
            var watcher = new FeedWatcher(states, round, processor, options)
            {
                OnRound = r =>
                {
                    if (interactive) return;
                    if (r.Error is { } e)
                        stderr.WriteLine($"watch: {r.Feed.Url} failed ({r.Feed.Failures} in a row): {e}; next poll in {Durations.Format(r.Feed.NextPoll!.Value - DateTime.UtcNow)}");
                    else if (r.NewItems > 0)
                        stderr.WriteLine($"watch: {r.Feed.Url}: {r.NewItems} new items, {r.Stored} stored, {r.Duplicates} duplicates, {r.Failed} failed" + (r.Retry > 0 ? $", {r.Retry} to retry" : ""));
                },
            };
            using var signals = new StopSignals(stderr);
            stderr.WriteLine($"watch: following {urls.Count} feeds every {Durations.Format(options.Every)} into {writer.Location}" + (options.Once ? " (once)" : "; Ctrl-C stops"));
            var run = watcher.RunAsync(urls, signals.Stop, signals.Abort);
            ShowStatus(run, watcher.Counters, interactive, stderr);
            try
            {
                run.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (signals.Abort.IsCancellationRequested)
            {
                stderr.WriteLine("watch: stopped at once; items not stored yet are offered again by the next poll");
            }
            stdout.WriteLine("watch: " + watcher.Counters.StatusLine());
            foreach (var (url, error) in watcher.Counters.Failing.Take(20)) stdout.WriteLine($"  failing: {url}: {error}");
            return CommandLineApp.ExitOk;
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>A live status line on a terminal; otherwise a log line a minute.</summary>
    private static void ShowStatus(Task run, WatchCounters counters, bool interactive, TextWriter stderr)
    {
        if (interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Ansi = AnsiSupport.Detect, Interactive = InteractionSupport.Yes });
            console.Status().Start("starting", ctx =>
            {
                while (!run.Wait(1000)) ctx.Status(Markup.Escape(counters.StatusLine()));
            });
            return;
        }
        while (!run.Wait(TimeSpan.FromMinutes(1))) stderr.WriteLine("watch: " + counters.StatusLine());
    }

    private static int FollowOnCluster(ClusterConfig config, IReadOnlyList<string> urls, TimeSpan every, bool fetch, TextWriter stdout) =>
        ClusterCommands.WithClient(config, async client =>
        {
            await ClusterFeeds.FollowAsync(client, urls, every, fetch).ConfigureAwait(false);
            stdout.WriteLine($"the cluster '{config.ClusterId}' now follows {urls.Count} feeds every {Durations.Format(every)}; 'demarche cluster status' and 'demarche feeds' show how they go");
            return CommandLineApp.ExitOk;
        });

    private static int UnfollowOnCluster(ClusterConfig config, IReadOnlyList<string> urls, TextWriter stdout) =>
        ClusterCommands.WithClient(config, async client =>
        {
            await ClusterFeeds.UnfollowAsync(client, urls).ConfigureAwait(false);
            stdout.WriteLine($"the cluster '{config.ClusterId}' no longer follows {urls.Count} feeds (what they brought stays stored)");
            return CommandLineApp.ExitOk;
        });

    private static Command Feeds(TextWriter stdout)
    {
        var db = StoreCommands.DbOption();
        var output = new QueryOutput();
        var cmd = new Command("feeds", "The feeds followed (by watch or a cluster): last poll, next poll, items stored, failures.") { db };
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            using var store = StoreCommands.OpenStore(parse, db);
            using var states = new FeedStates(store);
            var rows = states.All();
            output.Write(parse, stdout, rows,
            [
                new("url", f => f.Url), new("every", f => Durations.Format(f.Every)), new("last_poll", f => Time(f.LastPoll)), new("next_poll", f => Time(f.NextPoll)),
                new("polls", f => f.Polls), new("unchanged", f => f.Unchanged), new("items", f => f.Items), new("failures", f => f.Failures),
                new("last_error", f => f.LastError), new("polled_by", f => f.PolledBy),
            ],
            list =>
            {
                if (list.Count == 0)
                {
                    stdout.WriteLine("no feed is followed yet ('demarche watch FEEDS…' adds them)");
                    return;
                }
                var table = new Table().Border(TableBorder.Rounded).AddColumns("feed", "every", "last poll", "next poll", "items", "failures", "last error");
                foreach (var f in list)
                    table.AddRow(Markup.Escape(f.Url), Durations.Format(f.Every), Time(f.LastPoll) ?? "never", Time(f.NextPoll) ?? "now",
                        f.Items.ToString("N0"), f.Failures.ToString(), Markup.Escape(f.LastError ?? ""));
                StoreCommands.ConsoleFor(stdout).Write(table);
            });
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static string? Time(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
