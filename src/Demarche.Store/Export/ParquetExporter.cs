using Parquet;

namespace Demarche.Store.Export;

public sealed record ParquetExportOptions
{
    /// <summary>Rows per row group: what is held in memory while a file is written.</summary>
    public int RowGroupSize { get; init; } = 50_000;

    /// <summary>Zstandard (fastest level) by default: files a quarter to a tenth of Snappy's, written as fast.</summary>
    public CompressionMethod Compression { get; init; } = CompressionMethod.Zstd;

    /// <summary>Adds the documents' clean text to documents.parquet.</summary>
    public bool WithText { get; init; }

    /// <summary>With text, a row group of documents is also closed once it holds this many characters.</summary>
    public long MaxTextPerGroup { get; init; } = 32 * 1024 * 1024;
}

/// <summary>
/// Writes the store as one Parquet file per table into a folder: events, events_merged, actors, quotes,
/// quantities, stances, documents. Columns carry logical types (DATE, INT64, INT32, DOUBLE, BOOLEAN, UTF-8
/// strings, UTC timestamps) and are optional only where the store allows nulls.
/// </summary>
public sealed class ParquetExporter(ExportRows rows)
{
    public ParquetExporter(DemarcheStore store) : this(new ExportRows(store)) { }

    public static readonly string[] Tables = ["events", "events_merged", "actors", "quotes", "quantities", "stances", "documents"];

    public async Task<IReadOnlyList<ExportedFile>> ExportAsync(string folder, ParquetExportOptions? options = null, CancellationToken ct = default)
    {
        options ??= new ParquetExportOptions();
        Directory.CreateDirectory(folder);
        string File(string table) => Path.Combine(folder, table + ".parquet");
        int size = options.RowGroupSize;
        var zip = options.Compression;
        return
        [
            await EventTable.WriteAsync(File("events"), rows.Events(), size, zip, ct),
            await MergedEventTable.WriteAsync(File("events_merged"), rows.MergedEvents(), size, zip, ct),
            await ActorTable.WriteAsync(File("actors"), rows.Actors(), size, zip, ct),
            await QuoteTable.WriteAsync(File("quotes"), rows.Quotes(), size, zip, ct),
            await QuantityTable.WriteAsync(File("quantities"), rows.Quantities(), size, zip, ct),
            await StanceTable.WriteAsync(File("stances"), rows.Stances(), size, zip, ct),
            await DocumentTable(options).WriteAsync(File("documents"), rows.Documents(options.WithText), size, zip, ct),
        ];
    }

    public static ParquetTable<EventRecord> EventTable => new ParquetTable<EventRecord>()
        .Required("id", e => e.Id)
        .Required("document", e => e.Document)
        .Text("doc_id", e => e.DocId, nullable: false)
        .Text("source", e => e.Source, nullable: false)
        .Text("target", e => e.Target)
        .Text("source_key", e => e.SourceKey)
        .Text("target_key", e => e.TargetKey)
        .Text("cameo", e => e.Cameo, nullable: false)
        .Text("root", e => e.Root, nullable: false)
        .Text("plover", e => e.Plover)
        .Required("quad", e => e.Quad)
        .Required("goldstein", e => e.Goldstein)
        .Required("negated", e => e.Negated)
        .Required("hypothetical", e => e.Hypothetical)
        .Optional("date", e => e.Date)
        .Text("trigger", e => e.Trigger, nullable: false)
        .Required("sentence_start", e => e.SentenceStart)
        .Required("sentence_end", e => e.SentenceEnd)
        .Text("rule", e => e.Rule, nullable: false)
        .Text("url", e => e.Url);

    public static ParquetTable<MergedEventRecord> MergedEventTable => new ParquetTable<MergedEventRecord>()
        .Required("global_event_id", e => e.GlobalEventId)
        .Optional("date", e => e.Date)
        .Text("source_key", e => e.SourceKey)
        .Text("source_name", e => e.SourceName)
        .Text("source_code", e => e.SourceCode)
        .Text("source_kind", e => e.SourceKind)
        .Text("source_country", e => e.SourceCountry)
        .Text("target_key", e => e.TargetKey)
        .Text("target_name", e => e.TargetName)
        .Text("target_code", e => e.TargetCode)
        .Text("target_kind", e => e.TargetKind)
        .Text("target_country", e => e.TargetCountry)
        .Text("cameo", e => e.Cameo, nullable: false)
        .Text("root", e => e.Root, nullable: false)
        .Text("plover", e => e.Plover)
        .Required("quad", e => e.Quad)
        .Required("goldstein", e => e.Goldstein)
        .Required("mentions", e => e.Mentions)
        .Required("sources", e => e.Sources)
        .Required("articles", e => e.Articles)
        .Text("url", e => e.Url)
        .Text("trigger", e => e.Trigger, nullable: false)
        .Text("sentence", e => e.Sentence)
        .Timestamp("first_added", e => e.FirstAdded);

    public static ParquetTable<ActorRecord> ActorTable => new ParquetTable<ActorRecord>()
        .Required("document", a => a.Document)
        .Text("actor_id", a => a.ActorId, nullable: false)
        .Text("name", a => a.Name, nullable: false)
        .Text("kind", a => a.Kind, nullable: false)
        .Text("country", a => a.Country)
        .Text("code", a => a.Code)
        .Text("affiliation", a => a.Affiliation)
        .Required("mentions", a => a.Mentions);

    public static ParquetTable<QuoteRecord> QuoteTable => new ParquetTable<QuoteRecord>()
        .Required("document", q => q.Document)
        .Text("text", q => q.Text, nullable: false)
        .Required("start", q => q.Start)
        .Required("end", q => q.End)
        .Text("kind", q => q.Kind, nullable: false)
        .Text("speaker", q => q.Speaker)
        .Text("speaker_key", q => q.SpeakerKey)
        .Text("speaker_text", q => q.SpeakerText)
        .Text("cue", q => q.Cue);

    public static ParquetTable<QuantityRecord> QuantityTable => new ParquetTable<QuantityRecord>()
        .Required("document", q => q.Document)
        .Required("value", q => q.Value)
        .Required("approximate", q => q.Approximate)
        .Text("unit", q => q.Unit)
        .Text("category", q => q.Category, nullable: false)
        .Text("subject", q => q.Subject)
        .Required("start", q => q.Start)
        .Required("end", q => q.End);

    public static ParquetTable<StanceRecord> StanceTable => new ParquetTable<StanceRecord>()
        .Required("document", s => s.Document)
        .Text("holder", s => s.Holder, nullable: false)
        .Text("holder_key", s => s.HolderKey)
        .Text("topic", s => s.Topic, nullable: false)
        .Text("target", s => s.Target)
        .Text("polarity", s => s.Polarity, nullable: false)
        .Required("start", s => s.Start)
        .Required("end", s => s.End);

    public static ParquetTable<DocumentRecord> DocumentTable(ParquetExportOptions options)
    {
        var table = new ParquetTable<DocumentRecord>()
            .Required("id", d => d.Id)
            .Text("doc_id", d => d.DocId, nullable: false)
            .Text("url", d => d.Url)
            .Text("title", d => d.Title)
            .Optional("published", d => d.Published)
            .Text("source", d => d.Source, nullable: false)
            .Text("content_hash", d => d.ContentHash, nullable: false)
            .Optional("duplicate_of", d => d.DuplicateOf)
            .Text("language", d => d.Language, nullable: false)
            .Timestamp("ingested_at", d => d.IngestedAt);
        return options.WithText
            ? table.Text("text", d => d.Text ?? "", nullable: false).LimitGroupsBy(d => d.Text?.Length ?? 0, options.MaxTextPerGroup)
            : table;
    }
}
