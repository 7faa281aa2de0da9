using System.Text;
using Demarche.Store;

namespace Demarche.Cli;

/// <summary>
/// The file an export writes: first a temporary file beside it, moved over the target only when the export has
/// finished, so a failed export leaves an existing file as it was; and never the store itself (or its journal).
/// </summary>
internal sealed class ExportTarget : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    public ExportTarget(string path)
    {
        _path = Path.GetFullPath(path);
        _temporary = Path.Combine(Path.GetDirectoryName(_path)!, "." + Path.GetFileName(_path) + "." + Environment.ProcessId + ".tmp");
        Writer = new StreamWriter(_temporary, false, new UTF8Encoding(false));
    }

    public TextWriter Writer { get; }

    /// <summary>The store file <paramref name="output"/> names (the database, its WAL, shared memory or journal), or null.</summary>
    public static string? WouldOverwriteStore(string output, string storeTarget)
    {
        if (PostgresTarget.IsPostgres(storeTarget)) return null;
        var store = Path.GetFullPath(storeTarget);
        var target = Path.GetFullPath(output);
        foreach (var file in new[] { store, store + "-wal", store + "-shm", store + "-journal" })
            if (SameFile(target, file)) return file;
        return null;
    }

    private static bool SameFile(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        // a link or another spelling of the same file
        try
        {
            return File.Exists(a) && File.Exists(b)
                && string.Equals(new FileInfo(a).ResolveLinkTarget(true)?.FullName ?? a, new FileInfo(b).ResolveLinkTarget(true)?.FullName ?? b, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Writer.Dispose();
        if (!_committed) File.Delete(_temporary);
    }
}
