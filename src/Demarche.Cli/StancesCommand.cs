using System.CommandLine;
using Demarche.Stances;
using Demarche.Store;

namespace Demarche.Cli;

/// <summary>
/// <c>demarche stances</c>: who stands where. Without --topic, stances merged across articles; with --topic, the
/// issues whose key holds those words (the words are keyed as the stances stage keys topics: "recognising a
/// Palestinian state" finds "recognition of palestine"), each with who stood where over time; --topics (or --topic
/// with no words) lists the issues.
/// </summary>
internal static class StancesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var range = new PublishedRange();
        var db = StoreCommands.DbOption();
        var holder = new Option<string?>("--holder") { Description = "an actor id or country code" };
        var topic = new Option<string?>("--topic")
        {
            Description = "an issue (its key, or words of it): who stands where on it over time; with no words, the issues",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var topics = new Option<bool>("--topics") { Description = "list the issues (topic keys) with their articles, holders, for and against" };
        var limit = new Option<int?>("--limit") { Description = "rows at most (50; 200 with --topic)" };
        var output = new QueryOutput();
        var cmd = new Command("stances", "Who stands where: merged across articles, by issue over time (--topic), or the issues (--topics).")
            { db, holder, topic, topics, limit };
        range.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (!range.TryRead(parse, stderr, out var from, out var to)) return CommandLineApp.ExitUsage;
            var words = parse.GetValue(topic);
            // "--topic" with no words lists the issues, as --topics does
            bool listTopics = parse.GetValue(topics) || parse.GetResult(topic) is not null && words is null;
            var key = string.IsNullOrWhiteSpace(words) ? null : new TopicKeys(TopicVocabulary.Default).Key(words);
            if (words is not null && string.IsNullOrEmpty(key))
            {
                stderr.WriteLine("demarche: --topic needs the words of an issue (\"ceasefire\", \"recognition of Palestine\")");
                return CommandLineApp.ExitUsage;
            }
            using var store = StoreCommands.OpenStore(parse, db);
            if (listTopics)
                output.Write(parse, stdout, new TopicQueries(store).Topics(key, parse.GetValue(holder), parse.GetValue(limit) ?? 50, from, to),
                [
                    new("key", t => t.Key), new("topic", t => t.Topic), new("articles", t => t.Articles), new("holders", t => t.Holders),
                    new("support", t => t.Support), new("oppose", t => t.Oppose), new("first_seen", t => t.FirstSeen), new("last_seen", t => t.LastSeen),
                ]);
            else if (key is not null)
                output.Write(parse, stdout, new TopicQueries(store).Timeline(key, parse.GetValue(holder), parse.GetValue(limit) ?? 200, from, to),
                [
                    new("key", s => s.Key), new("published", s => s.Published), new("holder", s => s.Holder), new("polarity", s => s.Polarity),
                    new("strength", s => s.Strength), new("topic", s => s.Topic), new("target", s => s.Target), new("evidence", s => s.Evidence),
                    new("document", s => s.Document), new("start", s => s.Start), new("end", s => s.End), new("title", s => s.Title),
                ],
                rows => WriteTimeline(stdout, rows));
            else
                output.Write(parse, stdout, new ProfileQueries(store).Stances(parse.GetValue(holder), null, parse.GetValue(limit) ?? 50, from, to),
                [
                    new("holder", s => s.Holder), new("polarity", s => s.Polarity), new("topic", s => s.Topic), new("target", s => s.Target),
                    new("articles", s => s.Articles), new("last_seen", s => s.LastSeen),
                ]);
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    /// <summary>Issue by issue: a heading with the key, then one line per stance in date order.</summary>
    private static void WriteTimeline(TextWriter stdout, IReadOnlyList<TopicStance> rows)
    {
        if (rows.Count == 0) { stdout.WriteLine("no stance on that issue"); return; }
        string? current = null;
        foreach (var s in rows)
        {
            if (s.Key != current)
            {
                if (current is not null) stdout.WriteLine();
                stdout.WriteLine(TerminalText.Clean(s.Key));
                current = s.Key;
            }
            var way = s.Strength is null ? s.Polarity : $"{s.Polarity} ({s.Strength})";
            var evidence = TerminalText.Clean(s.Evidence ?? s.Topic).ReplaceLineEndings(" ");
            stdout.WriteLine(TerminalText.Clean($"  {s.Published ?? "undated   "}  {s.Holder,-10} {way,-18} “{evidence}”")
                + (s.Title is null ? "" : TerminalText.Clean($"  ({s.Title})")));
        }
    }
}
