using Parquet;
using Parquet.Schema;

namespace Demarche.Store.Export;

/// <summary>What one exported file holds.</summary>
public sealed record ExportedFile(string Path, long Rows, long Bytes, TimeSpan Elapsed);

/// <summary>
/// A Parquet file's layout for one kind of row: typed columns (required or optional) and how each value is
/// taken from a row. Rows are written in row groups, so only one group is held in memory at a time.
/// </summary>
public sealed class ParquetTable<TRow>
{
    private readonly List<IColumn> _columns = [];
    private Func<TRow, long>? _weight;
    private long _maxWeight = long.MaxValue;

    /// <summary>A required column of a value type (long, int, double, bool, DateOnly, DateTime).</summary>
    public ParquetTable<TRow> Required<T>(string name, Func<TRow, T> get) where T : struct
    {
        _columns.Add(new ValueColumn<T>(new DataField<T>(name, nullable: false), get));
        return this;
    }

    /// <summary>An optional (nullable) column of a value type.</summary>
    public ParquetTable<TRow> Optional<T>(string name, Func<TRow, T?> get) where T : struct
    {
        _columns.Add(new NullableColumn<T>(new DataField<T?>(name, nullable: true), get));
        return this;
    }

    /// <summary>
    /// An optional instant in UTC: a TIMESTAMP in milliseconds, adjusted to UTC (not the legacy INT96 default).
    /// Not microseconds: Parquet.Net 6.1.0 writes their min/max statistics in milliseconds, and readers that trust
    /// statistics (DuckDB) then answer comparisons wrongly.
    /// </summary>
    public ParquetTable<TRow> Timestamp(string name, Func<TRow, DateTime?> get)
    {
        _columns.Add(new NullableColumn<DateTime>(new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, DateTimeTimeUnit.Millis, isNullable: true), get));
        return this;
    }

    /// <summary>A UTF-8 string column; <paramref name="nullable"/> says whether it may hold nulls.</summary>
    public ParquetTable<TRow> Text(string name, Func<TRow, string?> get, bool nullable = true)
    {
        _columns.Add(new TextColumn(new DataField<string>(name, nullable), get));
        return this;
    }

    /// <summary>Also closes a row group once the rows' added weight (e.g. text length) reaches <paramref name="max"/>.</summary>
    public ParquetTable<TRow> LimitGroupsBy(Func<TRow, long> weight, long max)
    {
        _weight = weight;
        _maxWeight = max;
        return this;
    }

    public ParquetSchema Schema => new(_columns.Select(c => (Field)c.Field));

    /// <summary>Writes the rows to <paramref name="path"/> (through a temporary file, so a failed export leaves no half file).</summary>
    public async Task<ExportedFile> WriteAsync(string path, IEnumerable<TRow> rows, int rowGroupSize, CompressionMethod compression = CompressionMethod.Zstd, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var partial = path + ".partial";
        long count = 0;
        await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            var options = new ParquetOptions { CompressionMethod = compression, CompressionLevel = System.IO.Compression.CompressionLevel.Fastest };
            await using var writer = await ParquetWriter.CreateAsync(Schema, stream, options, cancellationToken: ct);
            var group = new List<TRow>(Math.Min(rowGroupSize, 65_536));
            long weight = 0;
            foreach (var row in rows)
            {
                group.Add(row);
                if (_weight is not null) weight += _weight(row);
                if (group.Count >= rowGroupSize || weight >= _maxWeight)
                {
                    await WriteGroupAsync(writer, group, ct);
                    count += group.Count;
                    group.Clear();
                    weight = 0;
                }
            }
            if (group.Count > 0 || count == 0)
            {
                await WriteGroupAsync(writer, group, ct);
                count += group.Count;
            }
        }
        File.Move(partial, path, overwrite: true);
        return new ExportedFile(path, count, new FileInfo(path).Length, clock.Elapsed);
    }

    private async Task WriteGroupAsync(ParquetWriter writer, List<TRow> rows, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        foreach (var column in _columns)
            await column.WriteAsync(group, rows, ct);
        group.CompleteValidate();
    }

    private interface IColumn
    {
        DataField Field { get; }
        Task WriteAsync(ParquetRowGroupWriter group, List<TRow> rows, CancellationToken ct);
    }

    private sealed class ValueColumn<T>(DataField dataField, Func<TRow, T> get) : IColumn where T : struct
    {
        public DataField Field => dataField;
        public async Task WriteAsync(ParquetRowGroupWriter group, List<TRow> rows, CancellationToken ct)
        {
            var values = new T[rows.Count];
            for (int i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            await group.WriteAsync<T>(dataField, values, null, null, ct);
        }
    }

    private sealed class NullableColumn<T>(DataField dataField, Func<TRow, T?> get) : IColumn where T : struct
    {
        public DataField Field => dataField;
        public async Task WriteAsync(ParquetRowGroupWriter group, List<TRow> rows, CancellationToken ct)
        {
            var values = new T?[rows.Count];
            for (int i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            await group.WriteAsync<T>(dataField, values, null, null, ct);
        }
    }

    private sealed class TextColumn(DataField dataField, Func<TRow, string?> get) : IColumn
    {
        public DataField Field => dataField;
        public async Task WriteAsync(ParquetRowGroupWriter group, List<TRow> rows, CancellationToken ct)
        {
            var values = new string?[rows.Count];
            for (int i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            await group.WriteAsync(dataField, values!, null);
        }
    }
}
