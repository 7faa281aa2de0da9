using Demarche.Core.Data;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar;

/// <summary>
/// An uncompressed copy of a grammar model in the user's cache folder (<c>$DEMARCHE_CACHE</c>, else
/// <c>$XDG_CACHE_HOME/demarche</c>, else <c>~/.cache/demarche</c>), written the first time the model file is read
/// and mapped into memory on later runs, its tables used in place: no Brotli decoding, no rebuilding of the tables,
/// no copy and no fresh memory (the pages are the system's file cache, shared by every process that runs the model).
/// One file per model path and layout (<c>grammar-&lt;hash of the path&gt;-&lt;layout&gt;.cache</c>; writing it deletes the same
/// model's copies in older layouts, <see cref="PruneOlderLayouts"/>); its header names the model file's
/// path, size and time of last change, and a checksum (CRC-32) of everything after it, checked in full the first time
/// a copy is read and again whenever the copy's size or time of change differs from that check's (<see cref="CheckedCopy"/>:
/// reading all 80 MB touched every page at each start). A copy that is stale (the model
/// changed), truncated or damaged is ignored and the model file read instead (and the copy written again);
/// a folder that cannot be written (read-only, full disk) only means there is no copy. The cache is never needed.
/// </summary>
public sealed class GrammarModelCache(string directory)
{
    private const string Magic = "DEMARCHE-GRAMMAR-CACHE";
    /// <summary>
    /// The layout of cache files (2: wide tables with dense rows; 3: the features in cache-line buckets); a program with another one ignores them. The
    /// layout is part of the file's name, so programs of two layouts (two checkouts) do not rewrite each other's.
    /// </summary>
    private const int Format = 3;

    /// <summary>The environment variable that names the cache folder (<c>off</c>: no cache).</summary>
    public const string DirectoryVariable = DataCache.DirectoryVariable;

    public string Directory { get; } = directory;

    /// <summary>The user's cache (see the class summary), or null when it is turned off or there is no home folder.</summary>
    public static GrammarModelCache? ForUser { get; } = Locate(Environment.GetEnvironmentVariable);

    /// <summary>The cache folder that these environment variables name (see the class summary; the folder of <see cref="DataCache"/>).</summary>
    public static GrammarModelCache? Locate(Func<string, string?> variable) =>
        DataCache.Locate(variable) is { } folder ? new GrammarModelCache(folder.Directory) : null;

    /// <summary>The cache file of a model file.</summary>
    public string FileFor(string modelPath) => Path.Combine(Directory, $"{NameOf(modelPath)}-{Format}.cache");

    /// <summary>The name of a model file's copies without their layout: <c>grammar-&lt;hash of the model's full path&gt;</c>.</summary>
    private static string NameOf(string modelPath) =>
        $"grammar-{XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(modelPath))):x16}";

    /// <summary>
    /// Deletes the copies of the same model file in older layouts and their marks: older programs' leftovers, 80-90 MB
    /// each (<see cref="OlderLayoutFilesFor"/>). Only files of exactly those names are touched; a newer layout's copy (a
    /// newer program's) is kept, and a file that cannot be deleted is left as it is.
    /// </summary>
    private void PruneOlderLayouts(string modelPath)
    {
        foreach (var old in OlderLayoutFilesFor(modelPath))
        {
            try
            {
                File.Delete(old); // nothing when there is no such file
            }
            catch (Exception)
            {
                continue; // in use elsewhere, or no permission: left behind, as before
            }
            CheckedCopy.Forget(old);
        }
    }

    /// <summary>
    /// The names the copies of a model file had in the layouts before this program's: <c>grammar-&lt;hash&gt;.cache</c>
    /// (layout 1) and <c>grammar-&lt;hash&gt;-&lt;layout&gt;.cache</c> (2 up to <see cref="Format"/> − 1).
    /// </summary>
    public IEnumerable<string> OlderLayoutFilesFor(string modelPath)
    {
        var name = NameOf(modelPath);
        yield return Path.Combine(Directory, $"{name}.cache");
        for (int layout = 2; layout < Format; layout++)
            yield return Path.Combine(Directory, $"{name}-{layout.ToString(CultureInfo.InvariantCulture)}.cache");
    }

    /// <summary>
    /// The model from its cache file, mapped into memory (its tables are used in place), or null when there is none
    /// or it is stale or damaged.
    /// </summary>
    public GrammarModel? TryRead(string modelPath)
    {
        try
        {
            var source = SourceKey.Of(modelPath);
            var cachePath = FileFor(modelPath);
            if (!File.Exists(cachePath)) return null;
            bool check = !CheckedCopy.WasChecked(cachePath);
            using var mapped = MappedModelStream.Open(cachePath);
            using var r = new BinaryReader(mapped, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Format || SourceKey.Read(r) != source) return null;
            long length = r.ReadInt64();
            uint checksum = r.ReadUInt32();
            long start = mapped.Position;
            if (length != mapped.Length - start || check && Crc32.HashToUInt32(mapped.Bytes(start)) != checksum) return null;
            var model = GrammarModel.ReadBody(r, LinearModel.TablesVersion);
            if (mapped.Position != mapped.Length) return null;
            if (check) CheckedCopy.MarkChecked(cachePath);
            return model;
        }
        catch (Exception)
        {
            return null; // a damaged copy is no copy: the model file is read instead
        }
    }

    /// <summary>
    /// Writes the cache file of a model file (atomically: a temporary file renamed) and deletes its copies in older
    /// layouts (<see cref="PruneOlderLayouts"/>); false when it could not be written.
    /// </summary>
    public bool TryWrite(string modelPath, GrammarModel model)
    {
        bool written = Write(modelPath, model);
        if (written) PruneOlderLayouts(modelPath);
        return written;
    }

    private bool Write(string modelPath, GrammarModel model) =>
        DataCache.TryWriteAtomically(FileFor(modelPath), file =>
        {
            var source = SourceKey.Of(modelPath);
            using var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
            header.Write(Magic);
            header.Write(Format);
            source.Write(header);
            long sizes = file.Position;
            header.Write(0L);
            header.Write(0U);
            header.Flush();
            long start = file.Position;
            uint checksum;
            using (var payload = new ChecksumStream(file))
            using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
            {
                model.WriteBody(w, tables: true);
                w.Flush();
                checksum = payload.Checksum;
            }
            long end = file.Position;
            file.Position = sizes;
            header.Write(end - start);
            header.Write(checksum);
            header.Flush();
        });

    /// <summary>What a cache file was made from: the model file's full path, size and time of last change.</summary>
    private readonly record struct SourceKey(string Path, long Length, long Modified)
    {
        public static SourceKey Of(string modelPath)
        {
            var info = new FileInfo(modelPath);
            return new SourceKey(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);
        }

        public static SourceKey Read(BinaryReader r) => new(r.ReadString(), r.ReadInt64(), r.ReadInt64());

        public void Write(BinaryWriter w)
        {
            w.Write(Path);
            w.Write(Length);
            w.Write(Modified);
        }
    }
}
