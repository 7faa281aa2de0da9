using System.IO.Compression;
using System.Text;
using Demarche.Core.Contract;
using Demarche.Store;
using Demarche.Store.Export;
using Demarche.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Demarche.Web.Api;

/// <summary>The CLI's export formats over HTTP, streamed as they are read from the store.</summary>
public static class StoreExport
{
    public static readonly string[] Formats = ["jsonl", "gdelt-csv", "plover", "parquet"];

    public static async Task WriteAsync(HttpContext http, StorePool pool, string format, bool withText, CancellationToken ct)
    {
        if (!Formats.Contains(format))
            throw new ApiException(400, "Unknown format", $"'{format}' is not an export format (one of: {string.Join(", ", Formats)})");
        // the exporters write to a TextWriter as they read rows, synchronously
        http.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
        var (type, file) = format switch
        {
            "gdelt-csv" => ("text/csv; charset=utf-8", "events.csv"),
            "parquet" => ("application/zip", "demarche-parquet.zip"),
            _ => ("application/x-ndjson; charset=utf-8", format == "plover" ? "plover.jsonl" : "documents.jsonl"),
        };
        http.Response.ContentType = type;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        if (format == "parquet")
        {
            await Parquet(http.Response.Body, pool, withText, ct);
            return;
        }
        await pool.UseAsync(s =>
        {
            using var w = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            switch (format)
            {
                case "gdelt-csv": new Exporter(s).GdeltCsv(w); break;
                case "plover": new Exporter(s).Plover(w); break;
                default:
                    foreach (var d in new DocumentReader(s).All()) w.WriteLine(AnalysisJson.Serialize(d));
                    break;
            }
            return 0;
        }, ct);
    }

    /// <summary>Parquet files are written whole (a footer closes each), so they are made in a temporary folder and sent as one zip.</summary>
    private static async Task Parquet(Stream body, StorePool pool, bool withText, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("demarche-export-").FullName;
        try
        {
            var files = await pool.UseAsync(s => new ParquetExporter(s).ExportAsync(folder, new ParquetExportOptions { WithText = withText }, ct).GetAwaiter().GetResult(), ct);
            using var zip = new ZipArchive(body, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var f in files)
                zip.CreateEntryFromFile(f.Path, Path.GetFileName(f.Path), CompressionLevel.NoCompression);
        }
        finally
        {
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }
}
