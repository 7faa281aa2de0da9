using System.IO.Hashing;
using System.Text;

namespace Demarche.Core.Data;

/// <summary>
/// The user's cache folder (<c>$DEMARCHE_CACHE</c>, else <c>$XDG_CACHE_HOME/demarche</c>, else <c>~/.cache/demarche</c>;
/// <c>DEMARCHE_CACHE=off</c>: none) and its files of data derived from the text files of <c>data/</c>: a compact binary
/// form, built on first use and mapped into memory on later runs (<see cref="Load"/>), so that a start does not parse
/// and hash hundreds of thousands of lines again. Each file is named by what it holds, the full paths of the files
/// it was made from and the build of the program that made it (the newest two builds keep theirs); its header names each source's path, size and time of last change, the layout's version, the
/// build of the code that made it (the module version id of the building method's assembly, so a new program never
/// reads what an older one built) and a checksum (CRC-32) of the data, checked the first time a copy is read and again
/// whenever its size or time of change differs from that check's (<see cref="CheckedCopy"/>). A copy that is stale (a source changed), of another layout, truncated or damaged is
/// ignored and built again; a folder that cannot be written only means there is no copy. The cache is never needed:
/// delete the folder at any time.
/// </summary>
public sealed class DataCache(string directory)
{
    private const string Magic = "DEMARCHE-DATA-CACHE";
    /// <summary>The data starts at a multiple of this in the file (its tables on cache lines).</summary>
    private const int Alignment = 64;

    /// <summary>The environment variable that names the cache folder (<c>off</c>: no cache).</summary>
    public const string DirectoryVariable = "DEMARCHE_CACHE";

    public string Directory { get; } = directory;

    /// <summary>The user's cache (see the class summary), or null when it is turned off or there is no home folder.</summary>
    public static DataCache? ForUser { get; } = Locate(Environment.GetEnvironmentVariable);

    /// <summary>The cache folder that these environment variables name (see the class summary).</summary>
    public static DataCache? Locate(Func<string, string?> variable)
    {
        if (variable(DirectoryVariable) is { Length: > 0 } named)
            return named.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : new DataCache(named);
        if (variable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return new DataCache(Path.Combine(xdg, "demarche"));
        var home = variable("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? new DataCache(Path.Combine(home, ".cache", "demarche")) : null;
    }

    /// <summary>
    /// The data named <paramref name="name"/> made from the <paramref name="sources"/> files in layout
    /// <paramref name="format"/>: mapped from the user's cache (<paramref name="cache"/>, by default <see cref="ForUser"/>)
    /// when it holds a current, sound copy, else made by <paramref name="build"/>, written to the cache for the next run
    /// and used from memory. Only the files of Demarche's data folder are cached: data made from other files (a user's,
    /// a test's temporary ones) is built every time, so that the cache does not fill with copies of files that come and go.
    /// </summary>
    public static DataBlock Load(string name, int format, IReadOnlyList<string> sources, Func<byte[]> build) =>
        Load(name, format, sources, build, sources.All(IsShippedData) ? ForUser : null);

    /// <summary>Whether a path is in Demarche's data folder (<see cref="DataDirectory"/>).</summary>
    public static bool IsShippedData(string path)
    {
        try
        {
            var data = Path.GetFullPath(DataDirectory.Path) + Path.DirectorySeparatorChar;
            return Path.GetFullPath(path).StartsWith(data, StringComparison.Ordinal);
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// <see cref="Load(string, int, IReadOnlyList{string}, Func{byte[]})"/> for data that the code of other assemblies
    /// than the building method's shapes too (<paramref name="madeAlsoBy"/>: a type of each): a new build of any of them
    /// makes a new copy (an assembly whose public surface did not change is rebuilt without its users).
    /// </summary>
    public static DataBlock Load(string name, int format, IReadOnlyList<string> sources, Func<byte[]> build, IReadOnlyList<Type> madeAlsoBy) =>
        Load(name, format, sources, build, sources.All(IsShippedData) ? ForUser : null, madeAlsoBy);

    /// <inheritdoc cref="Load(string, int, IReadOnlyList{string}, Func{byte[]})"/>
    public static DataBlock Load(string name, int format, IReadOnlyList<string> sources, Func<byte[]> build, DataCache? cache,
        IReadOnlyList<Type>? madeAlsoBy = null)
    {
        var code = CodeOf(build, madeAlsoBy);
        if (cache?.TryMap(name, format, sources, code) is { } cached) return cached;
        var bytes = build();
        cache?.TryWrite(name, format, sources, bytes, code);
        return DataBlock.FromBytes(bytes);
    }

    /// <summary>The build of the code that makes some data: its module's version id, combined with the other modules' that shape it.</summary>
    private static Guid CodeOf(Func<byte[]> build, IReadOnlyList<Type>? madeAlsoBy)
    {
        var code = build.Method.Module.ModuleVersionId;
        if (madeAlsoBy is null || madeAlsoBy.Count == 0) return code;
        var ids = new List<byte>(code.ToByteArray());
        foreach (var type in madeAlsoBy) ids.AddRange(type.Module.ModuleVersionId.ToByteArray());
        return new Guid(XxHash128.Hash(ids.ToArray()));
    }

    /// <summary>
    /// The cache file of some data made from these sources by this build of the code: named by the data, a hash of the
    /// sources' full paths and the first bytes of the build's id, so that two builds (the command and the tests) keep a
    /// copy each instead of replacing each other's.
    /// </summary>
    public string FileFor(string name, IReadOnlyList<string> sources, Guid code) =>
        Path.Combine(Directory, $"{Prefix(name, sources)}{Convert.ToHexStringLower(code.ToByteArray(), 0, 4)}.cache");

    private static string Prefix(string name, IReadOnlyList<string> sources)
    {
        var key = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(string.Join('\n', sources.Select(Path.GetFullPath))));
        return $"{name}-{key:x16}-";
    }

    /// <summary>The copies of the same data by builds other than the two newest are deleted (older programs' leftovers).</summary>
    private void PruneOlderBuilds(string name, IReadOnlyList<string> sources)
    {
        try
        {
            var copies = new DirectoryInfo(Directory).GetFiles(Prefix(name, sources) + "*.cache")
                .OrderByDescending(f => f.LastWriteTimeUtc).Skip(KeptBuilds);
            foreach (var old in copies)
            {
                TryDelete(old.FullName);
                CheckedCopy.Forget(old.FullName);
            }
        }
        catch (Exception)
        {
            // a folder that cannot be listed keeps its files
        }
    }

    /// <summary>How many builds' copies of the same data are kept.</summary>
    private const int KeptBuilds = 2;

    /// <summary>The data from its cache file, mapped, or null when there is none or it is stale or damaged (<paramref name="code"/>: the build that made it).</summary>
    public DataBlock? TryMap(string name, int format, IReadOnlyList<string> sources, Guid code)
    {
        try
        {
            var path = FileFor(name, sources, code);
            if (!File.Exists(path)) return null;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            long start, length;
            uint checksum;
            using (var r = new BinaryReader(file, Encoding.UTF8, leaveOpen: true))
            {
                if (r.ReadString() != Magic || r.ReadString() != name || r.ReadInt32() != format || new Guid(r.ReadBytes(16)) != code) return null;
                if (!SourceKey.ReadAll(r).SequenceEqual(SourceKey.All(sources))) return null;
                length = r.ReadInt64();
                checksum = r.ReadUInt32();
                start = Aligned(file.Position);
                if (length != file.Length - start) return null;
            }
            // read to check, not through the mapping: the pages then stay in the system's file cache without counting
            // in this process's memory until a lookup touches them; only the first time a copy is read (CheckedCopy)
            bool check = !CheckedCopy.WasChecked(path);
            file.Position = start;
            if (check && Checksum(file) != checksum) return null;
            var block = DataBlock.Map(file, start);
            if (check) CheckedCopy.MarkChecked(path);
            return block;
        }
        catch (Exception)
        {
            return null; // a damaged copy is no copy: the data is built from its sources instead
        }
    }

    /// <summary>Writes the cache file of some data (atomically: a temporary file renamed); false when it could not.</summary>
    public bool TryWrite(string name, int format, IReadOnlyList<string> sources, byte[] bytes, Guid code)
    {
        bool written = TryWriteAtomically(FileFor(name, sources, code), file =>
        {
            using (var w = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(name);
                w.Write(format);
                w.Write(code.ToByteArray());
                SourceKey.WriteAll(w, SourceKey.All(sources));
                w.Write((long)bytes.Length);
                w.Write(Crc32.HashToUInt32(bytes));
            }
            file.Write(new byte[Aligned(file.Position) - file.Position]);
            file.Write(bytes);
        });
        if (written) PruneOlderBuilds(name, sources);
        return written;
    }

    /// <summary>
    /// Writes a file through a temporary file renamed over it, so that a reader sees the old file or the new one, never
    /// a part (its folder made when missing); false when it could not (read-only or full disk, no permission).
    /// </summary>
    public static bool TryWriteAtomically(string path, Action<FileStream> write)
    {
        string? temporary = null;
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                write(file);
            File.Move(temporary, path, overwrite: true);
            temporary = null;
            return true;
        }
        catch (Exception)
        {
            return false; // no copy this time
        }
        finally
        {
            if (temporary is not null) TryDelete(temporary);
        }
    }

    private static uint Checksum(Stream stream)
    {
        var crc = new Crc32();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) crc.Append(buffer.AsSpan(0, read));
            return crc.GetCurrentHashAsUInt32();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static long Aligned(long position) => (position + Alignment - 1) / Alignment * Alignment;

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception) { /* left behind: a later write replaces the cache file, never this one */ }
    }

    /// <summary>What a cache file was made from: each source's full path, size and time of last change (-1 and 0: missing).</summary>
    private readonly record struct SourceKey(string Path, long Length, long Modified)
    {
        public static List<SourceKey> All(IReadOnlyList<string> sources) => sources.Select(Of).ToList();

        private static SourceKey Of(string source)
        {
            var info = new FileInfo(source);
            return info.Exists ? new SourceKey(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks) : new SourceKey(info.FullName, -1, 0);
        }

        public static List<SourceKey> ReadAll(BinaryReader r)
        {
            int count = r.ReadInt32();
            if (count is < 0 or > 10_000) throw new InvalidDataException("damaged cache header");
            var keys = new List<SourceKey>(count);
            for (int i = 0; i < count; i++) keys.Add(new SourceKey(r.ReadString(), r.ReadInt64(), r.ReadInt64()));
            return keys;
        }

        public static void WriteAll(BinaryWriter w, List<SourceKey> keys)
        {
            w.Write(keys.Count);
            foreach (var k in keys)
            {
                w.Write(k.Path);
                w.Write(k.Length);
                w.Write(k.Modified);
            }
        }
    }
}
