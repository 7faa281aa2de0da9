using System.Diagnostics;
using Demarche.Store;
using Demarche.Store.Export;

namespace Demarche.Cli;

/// <summary><c>export --format parquet -o DIR</c>: one Parquet file per table, with a line per file on standard error.</summary>
internal static class ParquetExport
{
    public static int Run(DemarcheStore store, string? folder, bool withText, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(folder))
        {
            stderr.WriteLine("demarche: --format parquet needs --output DIR (a folder for one file per table)");
            return CommandLineApp.ExitUsage;
        }
        var clock = Stopwatch.StartNew();
        var files = new ParquetExporter(store).ExportAsync(folder, new ParquetExportOptions { WithText = withText }).GetAwaiter().GetResult();
        foreach (var f in files)
            stderr.WriteLine($"  {Path.GetFileName(f.Path),-24} {f.Rows,12:N0} rows {f.Bytes / 1024.0,12:N1} KB");
        stderr.WriteLine($"exported {files.Sum(f => f.Rows):N0} rows into {files.Count} Parquet files in {folder} in {clock.Elapsed.TotalSeconds:N1} s");
        return CommandLineApp.ExitOk;
    }
}
