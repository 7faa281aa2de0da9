using System.Data.Common;
using Demarche.Cli;
using Demarche.Core.Contract;
using Demarche.Core.Model;
using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Store;
using Demarche.Store.Export;
using Demarche.Tests;
using DuckDB.NET.Data;

namespace Demarche.Store.Tests;

/// <summary>
/// A store filled from the bundled samples plus one hand-built document with every layer (a negated event, an
/// event with no target and no date), exported once in every format into a temporary folder.
/// </summary>
public sealed class ExportedStore : IAsyncLifetime
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("demarche-duckdb-").FullName;
    public string Db => Path.Combine(Dir, "store.db");
    public string ParquetDir => Path.Combine(Dir, "parquet");
    public string Jsonl => Path.Combine(Dir, "documents.jsonl");
    public string Gdelt => Path.Combine(Dir, "events.csv");
    public string Plover => Path.Combine(Dir, "plover.jsonl");
    public string GdeltTsv => Path.Combine(Dir, "events.export.tsv");
    public string Mentions => Path.Combine(Dir, "mentions.tsv");
    public int MergedCount { get; private set; }
    public int MentionCount { get; private set; }
    public (int Written, int NotCoded, int Undated) PloverCounts { get; private set; }
    public Dictionary<string, long> StoreCounts { get; } = [];

    public async ValueTask InitializeAsync()
    {
        using (var store = DemarcheStore.Open(Db))
        {
            var samples = Path.Combine(SharedFolder.RepoRoot, "samples");
            await new IngestRunner(Analyzer.CreateDefault(), store, new IngestOptions { Workers = 2 }).RunAsync([samples], null, TestContext.Current.CancellationToken);
            new DocumentWriter(store).Write([Handmade()]);
            var body = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"On day {i} the customs officers at the post counted the lorries and wrote the tally in a ledger."));
            new DocumentWriter(store).Write([
                new Document(new DocumentInfo { Source = "ledger.txt", Id = "ledger" }, body),
                new Document(new DocumentInfo { Source = "ledger-copy.txt", Id = "ledger-copy" }, body + " An editor added this closing line."),
            ]);
            foreach (var table in new[] { "documents", "events", "actors", "quotes", "quantities", "stances" })
                StoreCounts[table] = Scalar(store.Connection, $"SELECT count(*) FROM {table}");
            StoreCounts["events_without_date"] = Scalar(store.Connection, "SELECT count(*) FROM events WHERE date IS NULL");
            StoreCounts["events_negated"] = Scalar(store.Connection, "SELECT count(*) FROM events WHERE negated <> 0");
            StoreCounts["events_with_target"] = Scalar(store.Connection, "SELECT count(*) FROM events WHERE target IS NOT NULL");
            StoreCounts["near_duplicates"] = Scalar(store.Connection, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL");
            StoreCounts["events_asserted"] = Scalar(store.Connection, "SELECT count(*) FROM events WHERE negated = 0 AND hypothetical = 0");
            using (var w = new StreamWriter(Gdelt)) MergedCount = new Exporter(store).GdeltCsv(w);
            using (var w = new StreamWriter(Plover)) PloverCounts = new Exporter(store).Plover(w);
            using (var w = new StreamWriter(GdeltTsv)) Assert.Equal(MergedCount, new Exporter(store).GdeltEvents(w));
            using (var w = new StreamWriter(Mentions)) MentionCount = new Exporter(store).GdeltMentions(w);
            using (var w = new StreamWriter(Jsonl))
                foreach (var d in new DocumentReader(store).All()) w.WriteLine(AnalysisJson.Serialize(d));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLineApp.Run(["export", "--db", Db, "--format", "parquet", "--out", ParquetDir, "--with-text"], stdout, stderr);
        Assert.True(exit == CommandLineApp.ExitOk, stderr.ToString());
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    private static long Scalar(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static Document Handmade()
    {
        const string text = "Ghana and Togo opened a joint customs post on Friday. Ghana did not close the crossing. "
            + "\"Trade will double,\" said Mahama. About 300 lorries wait each day, and Ghana backs the free-trade zone.";
        var d = new Document(new DocumentInfo { Source = "handmade.txt", Id = "handmade-1", Url = "https://example.org/post", Title = "A customs post", Published = new DateOnly(2025, 3, 7) }, text);
        d.Actors.Add(new Actor { Id = "GHA", Name = "Ghana", Kind = ActorKind.State, Country = "GHA", Code = "GHA", Mentions = { new Mention(0, 5, "Ghana"), new Mention(54, 59, "Ghana"), new Mention(159, 164, "Ghana") } });
        d.Actors.Add(new Actor { Id = "TGO", Name = "Togo", Kind = ActorKind.State, Country = "TGO", Code = "TGO", Mentions = { new Mention(10, 14, "Togo") } });
        d.Actors.Add(new Actor { Id = "person:john-mahama", Name = "John Mahama", Kind = ActorKind.Person, Country = "GHA", Code = "GHAGOV", Affiliation = "GHA" });
        d.Events.Add(new Event { Source = "GHA", Target = "TGO", Cameo = "057", Root = "05", Plover = "AGREE", Quad = 1, Goldstein = 8.0, Date = new DateOnly(2025, 3, 7), Trigger = "opened", Sentence = new SentenceRef(0, 53), Rule = "handmade" });
        d.Events.Add(new Event { Source = "GHA", Target = "TGO", Cameo = "192", Root = "19", Plover = "ASSAULT", Quad = 4, Goldstein = -9.5, Negated = true, Trigger = "close", Sentence = new SentenceRef(54, 87), Rule = "handmade" });
        d.Events.Add(new Event { Source = "person:john-mahama", Cameo = "010", Root = "01", Plover = null, Quad = 1, Goldstein = 0.0, Trigger = "said", Sentence = new SentenceRef(88, 121), Rule = "handmade" });
        d.Quotes.Add(new Quote { Text = "Trade will double,", Start = 89, End = 107, Kind = QuoteKind.Direct, Speaker = "person:john-mahama", SpeakerText = "Mahama", Cue = "said" });
        d.Quantities.Add(new Quantity { Value = 300, Approximate = true, Unit = "lorries", Category = QuantityCategory.Other, Subject = "lorries", Start = 122, End = 139 });
        d.Stances.Add(new Stance { Holder = "GHA", Topic = "the free-trade zone", Polarity = StancePolarity.Support, Evidence = new Evidence(122, 191) });
        return d;
    }
}

/// <summary>Every export loads in DuckDB (in-process, no network) with the row counts of the store and the declared column types.</summary>
public sealed class DuckDbExportTests(ExportedStore store) : IClassFixture<ExportedStore>
{
    private static DuckDBConnection Open()
    {
        var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        // Never fetch an extension: parquet and json must be built into the bundled library.
        Execute(c, "SET autoinstall_known_extensions = false");
        return c;
    }

    private static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static long Count(DuckDBConnection c, string from)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM " + from;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static Dictionary<string, string> Describe(DuckDBConnection c, string from)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "DESCRIBE SELECT * FROM " + from;
        using var r = cmd.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (r.Read()) types[r.GetString(0)] = r.GetString(1);
        return types;
    }

    private static Dictionary<string, string> Repetition(DuckDBConnection c, string file)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT name, repetition_type FROM parquet_schema('{file}') WHERE num_children IS NULL OR num_children = 0";
        using var r = cmd.ExecuteReader();
        var kinds = new Dictionary<string, string>();
        while (r.Read()) kinds[r.GetString(0)] = r.GetString(1);
        return kinds;
    }

    private string Parquet(string table) => $"read_parquet('{Path.Combine(store.ParquetDir, table + ".parquet")}')";

    [Fact]
    public void TheBundledLibraryHasParquetAndJsonWithoutDownloading()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT extension_name FROM duckdb_extensions() WHERE loaded AND extension_name IN ('parquet', 'json') ORDER BY 1";
        using var r = cmd.ExecuteReader();
        var loaded = new List<string>();
        while (r.Read()) loaded.Add(r.GetString(0));
        Assert.Equal(["json", "parquet"], loaded);
    }

    [Fact]
    public void EveryParquetTableHasTheStoresRowCount()
    {
        using var c = Open();
        foreach (var table in new[] { "documents", "events", "actors", "quotes", "quantities", "stances" })
        {
            Assert.True(store.StoreCounts[table] > 0, table + " is empty in the test store");
            Assert.Equal(store.StoreCounts[table], Count(c, Parquet(table)));
        }
        Assert.Equal(store.MergedCount, Count(c, Parquet("events_merged")));
        Assert.Equal(store.StoreCounts["events_without_date"], Count(c, Parquet("events") + " WHERE date IS NULL"));
        Assert.Equal(store.StoreCounts["events_negated"], Count(c, Parquet("events") + " WHERE negated"));
        Assert.Equal(store.StoreCounts["events_with_target"], Count(c, Parquet("events") + " WHERE target IS NOT NULL"));
        Assert.Equal(1, store.StoreCounts["near_duplicates"]);
        Assert.Equal(1, Count(c, $"{Parquet("documents")} d JOIN {Parquet("documents")} o ON o.id = d.duplicate_of WHERE d.doc_id = 'ledger-copy' AND o.doc_id = 'ledger' AND d.duplicate_of > 0"));
        Assert.Equal(0, Count(c, $"{Parquet("events")} e ANTI JOIN {Parquet("documents")} d ON d.id = e.document"));
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT sum(mentions)::BIGINT FROM {Parquet("events_merged")}";
        Assert.Equal(store.StoreCounts["events_asserted"], Convert.ToInt64(cmd.ExecuteScalar()));
    }

    [Fact]
    public void ParquetColumnsHaveTheirLogicalTypes()
    {
        using var c = Open();
        var events = Describe(c, Parquet("events"));
        Assert.Equal(
            ["id", "document", "doc_id", "source", "target", "source_key", "target_key", "cameo", "root", "plover", "quad", "goldstein",
             "negated", "hypothetical", "date", "trigger", "sentence_start", "sentence_end", "rule", "url"],
            events.Keys);
        Assert.Equal("BIGINT", events["id"]);
        Assert.Equal("BIGINT", events["document"]);
        Assert.Equal("VARCHAR", events["cameo"]);
        Assert.Equal("INTEGER", events["quad"]);
        Assert.Equal("DOUBLE", events["goldstein"]);
        Assert.Equal("BOOLEAN", events["negated"]);
        Assert.Equal("BOOLEAN", events["hypothetical"]);
        Assert.Equal("DATE", events["date"]);
        Assert.Equal("INTEGER", events["sentence_start"]);

        var merged = Describe(c, Parquet("events_merged"));
        Assert.Equal("BIGINT", merged["global_event_id"]);
        Assert.Equal("DATE", merged["date"]);
        Assert.Equal("INTEGER", merged["mentions"]);
        Assert.Equal("INTEGER", merged["articles"]);
        Assert.Equal("DOUBLE", merged["goldstein"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", merged["first_added"]);

        var documents = Describe(c, Parquet("documents"));
        Assert.Equal(["id", "doc_id", "url", "title", "published", "source", "content_hash", "duplicate_of", "language", "ingested_at", "text"], documents.Keys);
        Assert.Equal("DATE", documents["published"]);
        Assert.Equal("BIGINT", documents["duplicate_of"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", documents["ingested_at"]);

        Assert.Equal("INTEGER", Describe(c, Parquet("actors"))["mentions"]);
        Assert.Equal("INTEGER", Describe(c, Parquet("quotes"))["end"]);
        var quantities = Describe(c, Parquet("quantities"));
        Assert.Equal("DOUBLE", quantities["value"]);
        Assert.Equal("BOOLEAN", quantities["approximate"]);
        Assert.Equal("VARCHAR", Describe(c, Parquet("stances"))["polarity"]);
    }

    /// <summary>Readers skip row groups and fold comparisons by the min/max statistics, so wrong statistics give wrong answers.</summary>
    [Fact]
    public void RowGroupStatisticsBracketTheValues()
    {
        using var c = Open();
        foreach (var table in ParquetExporter.Tables)
        {
            var file = Path.Combine(store.ParquetDir, table + ".parquet");
            foreach (var (column, type) in Describe(c, $"read_parquet('{file}')"))
            {
                var wrong = Count(c, $"""
                    parquet_metadata('{file}') m
                    WHERE m.path_in_schema = '{column}'
                      AND (TRY_CAST(m.stats_max_value AS {type}) < (SELECT max("{column}") FROM read_parquet('{file}'))
                        OR TRY_CAST(m.stats_min_value AS {type}) > (SELECT min("{column}") FROM read_parquet('{file}')))
                    """);
                Assert.True(wrong == 0, $"{table}.{column}: statistics do not bracket the values");
            }
        }
    }

    [Fact]
    public async Task SmallRowGroupsHoldTheSameRows()
    {
        var folder = Path.Combine(store.Dir, "small-groups");
        using (var s = DemarcheStore.Open(store.Db))
            await new ParquetExporter(s).ExportAsync(folder, new ParquetExportOptions { RowGroupSize = 4, WithText = true }, TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var c = Open();
        foreach (var table in ParquetExporter.Tables)
        {
            var small = Path.Combine(folder, table + ".parquet");
            Assert.Equal(Count(c, Parquet(table)), Count(c, $"read_parquet('{small}')"));
            Assert.Equal(0, Count(c, $"(SELECT * FROM read_parquet('{small}') EXCEPT ALL SELECT * FROM {Parquet(table)})"));
            if (Count(c, Parquet(table)) > 4)
                Assert.True(Count(c, $"(SELECT DISTINCT row_group_id FROM parquet_metadata('{small}'))") > 1, table + " was written as one row group");
            Assert.Equal(0, Count(c, $"parquet_metadata('{small}') WHERE compression <> 'ZSTD'"));
        }
    }

    [Fact]
    public void OnlyNullableColumnsAreOptional()
    {
        using var c = Open();
        var events = Repetition(c, Path.Combine(store.ParquetDir, "events.parquet"));
        Assert.Equal("REQUIRED", events["id"]);
        Assert.Equal("REQUIRED", events["cameo"]);
        Assert.Equal("REQUIRED", events["negated"]);
        Assert.Equal("OPTIONAL", events["target"]);
        Assert.Equal("OPTIONAL", events["date"]);
        var documents = Repetition(c, Path.Combine(store.ParquetDir, "documents.parquet"));
        Assert.Equal("REQUIRED", documents["content_hash"]);
        Assert.Equal("OPTIONAL", documents["duplicate_of"]);
        Assert.Equal("OPTIONAL", documents["published"]);
    }

    [Fact]
    public void ParquetValuesMatchTheHandmadeDocument()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT e.cameo, e.goldstein, e.negated, e.date, e.target, d.published, d.title, length(d.text), d.ingested_at > now() - INTERVAL 1 DAY
            FROM {Parquet("events")} e JOIN {Parquet("documents")} d ON d.id = e.document
            WHERE e.doc_id = 'handmade-1' ORDER BY e.id
            """;
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("057", 8.0, false), (r.GetString(0), r.GetDouble(1), r.GetBoolean(2)));
        Assert.Equal(new DateOnly(2025, 3, 7), DateOnly.FromDateTime(r.GetDateTime(3)));
        Assert.Equal("TGO", r.GetString(4));
        Assert.Equal("A customs post", r.GetString(6));
        Assert.True(r.GetInt64(7) > 100, "text length " + r.GetValue(7));
        Assert.True(r.GetBoolean(8), "ingested_at " + r.GetValue(8));
        Assert.True(r.Read());
        Assert.True(r.GetBoolean(2));
        Assert.Equal(new DateOnly(2025, 3, 7), DateOnly.FromDateTime(r.GetDateTime(3)));
        Assert.True(r.Read());
        Assert.True(r.IsDBNull(4));
        Assert.False(r.Read());
    }

    [Fact]
    public void GdeltCsvLoadsWithItsSixtyOneColumns()
    {
        using var c = Open();
        var csv = $"read_csv('{store.Gdelt}', header = true, types = {{'EventCode': 'VARCHAR', 'EventBaseCode': 'VARCHAR', 'EventRootCode': 'VARCHAR'}})";
        var columns = Describe(c, csv);
        Assert.Equal(Exporter.GdeltColumns, columns.Keys);
        Assert.Equal(store.MergedCount, Count(c, csv));
        Assert.Equal("BIGINT", columns["GlobalEventID"]);
        Assert.Equal("DOUBLE", columns["GoldsteinScale"]);
        Assert.Equal("BIGINT", columns["NumMentions"]);
        Assert.Equal("VARCHAR", columns["EventCode"]);
        Assert.Equal(1, Count(c, csv + " WHERE EventCode = '057' AND Actor1Code = 'GHA' AND Actor2Code = 'TGO'"));
    }

    [Fact]
    public void PloverRecordsLoadAsNewlineDelimitedJson()
    {
        using var c = Open();
        var json = $"read_ndjson('{store.Plover}')";
        var (written, notCoded, undated) = store.PloverCounts;
        Assert.Equal(store.MergedCount, written + notCoded + undated);
        Assert.Equal(written, Count(c, json));
        var columns = Describe(c, json);
        Assert.Equal("DATE", columns["date"]);
        Assert.Equal("DOUBLE", columns["event_scale"]);
        Assert.Equal("BIGINT", columns["quad_code"]);
        Assert.Equal("VARCHAR[]", columns["event"]);
        Assert.StartsWith("STRUCT(", columns["source"].TrimEnd(']').Replace("[", ""), StringComparison.Ordinal);
    }

    /// <summary>GDELT 2.0's Event table columns and their types, as GDELT's codebook and its BigQuery schema give them.</summary>
    public static readonly (string Name, string Type)[] GdeltEventSchema = Exporter.GdeltColumns.Select(name => (name, name switch
    {
        "GlobalEventID" or "DATEADDED" => "BIGINT",
        "Day" or "MonthYear" or "Year" or "IsRootEvent" or "QuadClass" or "NumMentions" or "NumSources" or "NumArticles"
            or "Actor1Geo_Type" or "Actor2Geo_Type" or "ActionGeo_Type" => "INTEGER",
        "FractionDate" or "GoldsteinScale" or "AvgTone" or "Actor1Geo_Lat" or "Actor1Geo_Long" or "Actor2Geo_Lat" or "Actor2Geo_Long"
            or "ActionGeo_Lat" or "ActionGeo_Long" => "DOUBLE",
        _ => "VARCHAR",
    })).ToArray();

    public static readonly (string Name, string Type)[] GdeltMentionSchema =
    [
        ("GlobalEventID", "BIGINT"), ("EventTimeDate", "BIGINT"), ("MentionTimeDate", "BIGINT"), ("MentionType", "INTEGER"),
        ("MentionSourceName", "VARCHAR"), ("MentionIdentifier", "VARCHAR"), ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"),
        ("Actor2CharOffset", "INTEGER"), ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
        ("MentionDocLen", "INTEGER"), ("MentionDocTone", "DOUBLE"), ("MentionDocTranslationInfo", "VARCHAR"), ("Extras", "VARCHAR"),
    ];

    /// <summary>DuckDB's reader for a GDELT file: tab-separated, no header, the given columns and types, nothing guessed.</summary>
    private static string ReadGdelt(string path, (string Name, string Type)[] schema) =>
        $"read_csv('{path}', delim = '\t', header = false, quote = '', escape = '', auto_detect = false, columns = {{"
        + string.Join(", ", schema.Select(c => $"'{c.Name}': '{c.Type}'")) + "})";

    [Fact]
    public void GdeltExportReadsWithGdeltsOwnColumnListAndTypesLikeHandmadeGdeltRows()
    {
        using var c = Open();
        var ours = ReadGdelt(store.GdeltTsv, GdeltEventSchema);
        var theirs = ReadGdelt(Path.Combine(AppContext.BaseDirectory, "gdelt-handmade-events.tsv"), GdeltEventSchema);
        Assert.Equal(3, Count(c, theirs));
        Assert.Equal(store.MergedCount, Count(c, ours));
        Assert.Equal(Exporter.GdeltColumns, Describe(c, ours).Keys);
        Assert.Equal(Describe(c, theirs), Describe(c, ours));
        Assert.Equal(1, Count(c, ours + " WHERE EventCode = '057' AND Actor1Code = 'GHA' AND Actor2Code = 'TGO' AND Day = 20250307 AND Year = 2025"));
        // one query over both: the same parser, the same types
        Assert.Equal(store.MergedCount + 3, Count(c, $"(SELECT * FROM {ours} UNION ALL SELECT * FROM {theirs})"));
        Assert.Equal(0, Count(c, ours + " WHERE IsRootEvent NOT IN (0, 1) OR QuadClass NOT BETWEEN 1 AND 4"));
        Assert.True(Count(c, ours + " WHERE ActionGeo_Type IS NOT NULL AND ActionGeo_Lat IS NOT NULL") > 0, "no event has an ActionGeo");
    }

    [Fact]
    public void GdeltMentionsReadWithGdeltsColumnsAndPointIntoTheEvents()
    {
        using var c = Open();
        var mentions = ReadGdelt(store.Mentions, GdeltMentionSchema);
        var events = ReadGdelt(store.GdeltTsv, GdeltEventSchema);
        Assert.Equal(store.MentionCount, Count(c, mentions));
        Assert.Equal(store.StoreCounts["events_asserted"], store.MentionCount);
        Assert.Equal(0, Count(c, $"{mentions} m WHERE m.GlobalEventID NOT IN (SELECT GlobalEventID FROM {events})"));
        Assert.Equal(0, Count(c, $"(SELECT GlobalEventID, count(*) n FROM {mentions} GROUP BY 1) m JOIN {events} e USING (GlobalEventID) WHERE m.n <> e.NumMentions"));
    }

    [Fact]
    public void PloverRecordsMatchTheSchemaWrittenFromTheSpecification()
    {
        var schema = Json.Schema.JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "plover-record.schema.json"));
        int n = 0;
        foreach (var line in File.ReadLines(store.Plover))
        {
            using var record = System.Text.Json.JsonDocument.Parse(line);
            var result = schema.Evaluate(record.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(result.IsValid, line + "\n" + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
            n++;
        }
        Assert.Equal(store.PloverCounts.Written, n);
        Assert.True(n > 10, "too few PLOVER records to test: " + n);
    }

    [Fact]
    public void ContractJsonLinesLoadWithEveryLayer()
    {
        using var c = Open();
        var json = $"read_json('{store.Jsonl}', format = 'newline_delimited')";
        Assert.Equal(store.StoreCounts["documents"], Count(c, json));
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT sum(len(events))::BIGINT, sum(len(actors))::BIGINT, sum(len(quotes))::BIGINT, sum(len(quantities))::BIGINT, sum(len(stances))::BIGINT FROM {json}";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(store.StoreCounts["events"], Convert.ToInt64(r.GetValue(0)));
        Assert.Equal(store.StoreCounts["actors"], Convert.ToInt64(r.GetValue(1)));
        Assert.Equal(store.StoreCounts["quotes"], Convert.ToInt64(r.GetValue(2)));
        Assert.Equal(store.StoreCounts["quantities"], Convert.ToInt64(r.GetValue(3)));
        Assert.Equal(store.StoreCounts["stances"], Convert.ToInt64(r.GetValue(4)));
    }

    [Fact]
    public void TheReadmeQueriesRun()
    {
        using var c = Open();
        Assert.True(Count(c, $"(SELECT source_key, target_key, count(*) FROM '{Path.Combine(store.ParquetDir, "events.parquet")}' WHERE quad = 4 AND date >= DATE '2025-01-01' GROUP BY ALL ORDER BY 3 DESC LIMIT 10)") >= 0);
        Assert.True(Count(c, $"(SELECT EventCode, count(*) FROM read_csv('{store.Gdelt}', types = {{'EventCode': 'VARCHAR'}}) GROUP BY 1)") > 0);
    }

    [Fact]
    public async Task AnEmptyStoreGivesEmptyTypedFiles()
    {
        var folder = Path.Combine(store.Dir, "empty");
        using (var s = DemarcheStore.Open(Path.Combine(store.Dir, "empty.db")))
            Assert.All(await new ParquetExporter(s).ExportAsync(folder, null, TestContext.Current.CancellationToken), f => Assert.Equal(0, f.Rows));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var c = Open();
        var events = Path.Combine(folder, "events.parquet");
        Assert.Equal(0, Count(c, $"read_parquet('{events}')"));
        Assert.Equal("DATE", Describe(c, $"read_parquet('{events}')")["date"]);
    }

    [Fact]
    public void ParquetExportNeedsAFolder()
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandLineApp.ExitUsage, CommandLineApp.Run(["export", "--db", store.Db, "--format", "parquet"], new StringWriter(), stderr));
        Assert.Contains("--output DIR", stderr.ToString());
    }
}
