using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary><c>stances --topic</c> (one issue, who stood where over time) and <c>stances --topics</c> (the issues), through the command line.</summary>
public sealed class StancesCommandTests
{
    [Fact]
    public void AnIssueIsFoundInOtherWordsAndShowsWhoStoodWhereInDateOrder()
    {
        using var db = TestDatabase.Create("sqlite");
        using var dir = new TempDir();
        var may = dir.File("may/a.txt", "France weighs recognition\n\nFrance strongly backs recognising a Palestinian state, officials said on Monday.");
        var june = dir.File("june/b.txt", "Israel rejects recognition\n\nIsrael rejected the recognition of Palestine on Tuesday.");
        Assert.Equal(0, CliRun.Of("ingest", may, "--db", db.Target, "--date", "2025-05-01").ExitCode);
        Assert.Equal(0, CliRun.Of("ingest", june, "--db", db.Target, "--date", "2025-06-02").ExitCode);

        var rows = CliRun.Of("stances", "--db", db.Target, "--topic", "the recognition of a Palestinian state", "--json").JsonLines;
        Assert.Equal(["FRA", "ISR"], rows.Select(r => r.GetProperty("holder").GetString()!.Substring(0, 3)));
        Assert.All(rows, r => Assert.Equal("recognition of palestine", r.GetProperty("key").GetString()));
        Assert.Equal(["support", "oppose"], rows.Select(r => r.GetProperty("polarity").GetString()));
        Assert.Equal("strong", rows[0].GetProperty("strength").GetString());
        Assert.Contains("recognising a Palestinian state", rows[0].GetProperty("evidence").GetString());

        var text = CliRun.Of("stances", "--db", db.Target, "--topic", "recognition of Palestine");
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("recognition of palestine", text.Stdout);
        Assert.Matches(@"2025-05-01\s+FRA\S*\s+support \(strong\)", text.Stdout);
        Assert.True(text.Stdout.IndexOf("2025-05-01", StringComparison.Ordinal) < text.Stdout.IndexOf("2025-06-02", StringComparison.Ordinal));

        var topics = CliRun.Of("stances", "--db", db.Target, "--topics", "--csv");
        Assert.Equal(0, topics.ExitCode);
        Assert.StartsWith("key,topic,articles,holders,support,oppose,first_seen,last_seen", topics.Stdout);
        Assert.Contains("recognition of palestine,", topics.Stdout);
        Assert.Contains(",2,2,1,1,2025-05-01,2025-06-02", topics.Stdout);

        // "--topic" with no words lists the issues, as --topics does
        var bare = CliRun.Of("stances", "--db", db.Target, "--topic", "--json");
        Assert.Equal(0, bare.ExitCode);
        var listed = Assert.Single(bare.JsonLines, r => r.GetProperty("key").GetString() == "recognition of palestine");
        Assert.Equal(1, listed.GetProperty("support").GetInt32());
        Assert.Equal(1, listed.GetProperty("oppose").GetInt32());

        Assert.Contains("no stance on that issue", CliRun.Of("stances", "--db", db.Target, "--topic", "whaling").Stdout);
        Assert.Equal(2, CliRun.Of("stances", "--db", db.Target, "--topic", "the").ExitCode);
    }
}
