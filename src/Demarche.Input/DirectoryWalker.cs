using Mono.Unix;

namespace Demarche.Input;

/// <summary>One entry a directory walk found: an article file to read, or a file it skipped and why.</summary>
public sealed record WalkedFile(string FullPath, string RelativePath, string? Skipped);

/// <summary>
/// Walks a directory as a careful tool does: subdirectories are entered, symbolic links to directories are not
/// followed (so a link loop cannot make it run forever or read a file many times), a link to a regular file is
/// read, and only regular files are read: a FIFO, socket or device with an article's name is reported and skipped
/// (opening a FIFO would wait forever for a writer). Entries come in ordinal order of their relative paths.
/// </summary>
public static class DirectoryWalker
{
    public static IReadOnlyList<WalkedFile> Walk(string dir, Func<string, bool> isArticleName)
    {
        var found = new List<WalkedFile>();
        var pending = new Stack<string>();
        pending.Push(dir);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(current, "*", options))
            {
                var kind = KindOf(entry);
                if (kind == EntryKind.Directory)
                {
                    pending.Push(entry);
                    continue;
                }
                if (kind == EntryKind.LinkToDirectory || !isArticleName(entry)) continue;
                var rel = Path.GetRelativePath(dir, entry).Replace('\\', '/');
                string? skipped = kind switch
                {
                    EntryKind.RegularFile => null,
                    EntryKind.BrokenLink => "a symbolic link to nothing, skipped",
                    _ => "not a regular file (a FIFO, socket or device), skipped",
                };
                found.Add(new WalkedFile(entry, rel, skipped));
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return found;
    }

    private enum EntryKind { RegularFile, Directory, LinkToDirectory, BrokenLink, Special }

    private static EntryKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            bool link = info.Attributes.HasFlag(FileAttributes.ReparsePoint);
            bool isDir = info.Attributes.HasFlag(FileAttributes.Directory);
            return isDir ? (link ? EntryKind.LinkToDirectory : EntryKind.Directory) : EntryKind.RegularFile;
        }
        try
        {
            var entry = UnixFileSystemInfo.GetFileSystemEntry(path); // lstat: a link is a link
            if (entry is UnixSymbolicLinkInfo link)
            {
                if (!link.HasContents) return EntryKind.BrokenLink;
                var target = new UnixFileInfo(path); // stat: follows the link
                if (!target.Exists) return EntryKind.BrokenLink;
                return target.FileType switch
                {
                    FileTypes.Directory => EntryKind.LinkToDirectory,
                    FileTypes.RegularFile => EntryKind.RegularFile,
                    _ => EntryKind.Special,
                };
            }
            return entry.FileType switch
            {
                FileTypes.Directory => EntryKind.Directory,
                FileTypes.RegularFile => EntryKind.RegularFile,
                _ => EntryKind.Special,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return EntryKind.BrokenLink;
        }
    }
}
