namespace Demarche.Core.Data;

/// <summary>
/// Remembers that a cache file's checksum was checked in full, so that later runs need not read every byte of it
/// again (a grammar model's copy is 80 MB: checking it touched every page at each start, tens of milliseconds of CPU
/// and the whole file resident). The mark is a small file beside the copy (<c>…cache.checked</c>) that names the
/// copy's size and time of last change when it was checked; a copy written or changed since (by anything: a new
/// copy, an edit, a truncation) no longer matches and is checked in full again. What it does not catch is damage that
/// keeps both the size and the time of change (the storage's own faults). A mark that cannot be written only means the
/// next run checks in full again.
/// </summary>
public static class CheckedCopy
{
    private const string Suffix = ".checked";

    /// <summary>Whether the copy at <paramref name="path"/> was checked in full as it is now.</summary>
    public static bool WasChecked(string path)
    {
        try
        {
            var mark = path + Suffix;
            if (!File.Exists(mark)) return false;
            var info = new FileInfo(path);
            return info.Exists && File.ReadAllText(mark) == Key(info);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Marks the copy at <paramref name="path"/> as checked in full as it is now (nothing when it cannot).</summary>
    public static void MarkChecked(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return;
        var key = Key(info);
        DataCache.TryWriteAtomically(path + Suffix, file => file.Write(System.Text.Encoding.ASCII.GetBytes(key)));
    }

    /// <summary>Deletes the mark of a copy (when the copy is deleted).</summary>
    public static void Forget(string path)
    {
        try { File.Delete(path + Suffix); }
        catch (Exception) { /* a mark left behind matches no copy */ }
    }

    private static string Key(FileInfo info) => $"{info.Length} {info.LastWriteTimeUtc.Ticks}";
}
