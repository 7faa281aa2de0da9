using nietras.SeparatedValues;
using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>Every query command prints a table (or lines) for people, and JSON Lines or CSV when asked.</summary>
public sealed class QueryOutputTests : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(Backends.Sqlite);

    public QueryOutputTests()
    {
        var ingest = CliRun.Of("ingest", Path.Combine(SharedFolder.RepoRoot, "samples"), "--db", _db.Target, "--workers", "2");
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
    }

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("events", "date,source,target,cameo")]
    [InlineData("quotes", "published,speaker,speaker_text,cue")]
    [InlineData("stances", "holder,polarity,topic,target")]
    [InlineData("stats", "documents,near_duplicates,actors,events")]
    public void CsvHasAHeaderAndOneLinePerJsonRow(string command, string header)
    {
        var csv = CliRun.Of(command, "--db", _db.Target, "--csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith(header, csv.Stdout);
        var json = CliRun.Of(command, "--db", _db.Target, "--json");
        Assert.Equal(0, json.ExitCode);
        Assert.NotEmpty(json.JsonLines);
        // quoted fields may hold line breaks and commas (quotes' text), so records are counted by a CSV reader, not by lines
        var records = CsvRecords(csv.Stdout);
        Assert.Equal(json.JsonLines.Length, records.Count);
        int columns = header.Split(',').Length;
        Assert.All(records, r => Assert.True(r.Length >= columns, string.Join(" | ", r)));
    }

    /// <summary>The records after the header, each its fields unquoted; a malformed CSV (a row of another width) throws.</summary>
    private static List<string[]> CsvRecords(string csv)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv);
        var records = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
            records.Add(fields);
        }
        return records;
    }

    [Fact]
    public void SearchAnswersInEveryFormat()
    {
        var json = CliRun.Of("search", "minister", "--db", _db.Target, "--json");
        Assert.Equal(0, json.ExitCode);
        Assert.NotEmpty(json.JsonLines);
        Assert.All(json.JsonLines, h => Assert.False(string.IsNullOrEmpty(h.GetProperty("source").GetString())));
        var csv = CliRun.Of("search", "minister", "--db", _db.Target, "--csv");
        Assert.StartsWith("id,published,source,title,snippet", csv.Stdout);
    }

    [Fact]
    public void StancesPrintATableByDefault()
    {
        var run = CliRun.Of("stances", "--db", _db.Target);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("holder", run.Stdout);
        Assert.Contains("polarity", run.Stdout);
    }
}
