using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Demarche.Input;

/// <summary>
/// Reads the inputs of <c>analyze</c>: a .txt or .html file, standard input ("-"), a directory of articles,
/// a .jsonl file of documents, or any of these files gzip-compressed. Documents are yielded lazily, in order;
/// a bad input yields an <see cref="InputError"/> and reading goes on with the next.
/// </summary>
public sealed class InputReader(InputLimits? limits = null)
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".jsonl"];
    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    /// <summary>Standard input, read when the path is "-".</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    public IEnumerable<InputItem> Read(string path)
    {
        if (path == "-")
            return ReadStream("-", StandardInput(), ".txt", sniff: true);
        if (Directory.Exists(path))
            return ReadDirectory(path);
        if (!File.Exists(path))
            return [new InputError(path, "no such file or directory")];
        return ReadFile(path, path);
    }

    private IEnumerable<InputItem> ReadDirectory(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsArticleFile)
            .Select(f => (full: f, rel: Path.GetRelativePath(dir, f).Replace('\\', '/')))
            .OrderBy(f => f.rel, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            yield return new InputError(dir, "the directory holds no articles (.txt, .html, .htm, .jsonl, or .gz of them)");
            yield break;
        }
        foreach (var (full, rel) in files)
            foreach (var item in ReadFile(full, rel))
                yield return item;
    }

    public static bool IsArticleFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return ArticleExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<InputItem> ReadFile(string fullPath, string source)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new InputError(source, "cannot read the file: " + ex.Message)];
        }
        var name = fullPath;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            if (!HasGzipMagic(stream))
            {
                stream.Dispose();
                return [new InputError(source, "not a valid gzip file")];
            }
            stream = new StrictGzipStream(stream);
        }
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ReadStream(source, stream, ext, sniff: ext is not (".html" or ".htm" or ".jsonl"));
    }

    private static bool HasGzipMagic(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private IEnumerable<InputItem> ReadStream(string source, Stream stream, string ext, bool sniff)
    {
        if (ext == ".jsonl")
            return ReadJsonLines(source, stream);
        var bytes = ReadAll(stream, source, out var error);
        if (bytes is null)
            return [new InputError(source, error!)];
        var text = ContentDecoder.Decode(bytes, out error);
        if (text is null)
            return [new InputError(source, error!)];
        var format = ext is ".html" or ".htm" || sniff && ContentDecoder.LooksLikeHtml(text) ? ContentFormat.Html : ContentFormat.Text;
        return [new RawDocument { Source = source, Content = text, Format = format }];
    }

    private byte[]? ReadAll(Stream stream, string source, out string? error)
    {
        error = null;
        using (stream)
        {
            try
            {
                var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + n > _limits.MaxDocumentBytes)
                    {
                        error = $"the document is larger than {_limits.MaxDocumentBytes / (1024 * 1024)} MB; split it or raise the limit";
                        return null;
                    }
                    buffer.Write(chunk, 0, n);
                }
                return buffer.ToArray();
            }
            catch (InvalidDataException)
            {
                error = "not a valid gzip file";
                return null;
            }
            catch (IOException ex)
            {
                error = "cannot read: " + ex.Message;
                return null;
            }
        }
    }

    private IEnumerable<InputItem> ReadJsonLines(string source, Stream stream)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
        int lineNo = 0;
        while (true)
        {
            string? line;
            InputItem? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.DecoderFallbackException)
            {
                line = null;
                failure = new InputError($"{source}:{lineNo + 1}", ex is System.Text.DecoderFallbackException ? "invalid UTF-8" : "cannot read: " + ex.Message);
            }
            if (failure is { } f)
            {
                yield return f;
                yield break;
            }
            if (line is null) yield break;
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseJsonLine(source, lineNo, line);
        }
    }

    private InputItem ParseJsonLine(string source, int lineNo, string line)
    {
        var where = $"{source}:{lineNo}";
        if (line.Length * 2L > _limits.MaxDocumentBytes * 2)
            return new InputError(where, $"the document is larger than {_limits.MaxDocumentBytes / (1024 * 1024)} MB");
        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputError(where, "a .jsonl line must be a JSON object");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Str("id") ?? (root.TryGetProperty("id", out var idv) && idv.ValueKind == JsonValueKind.Number ? idv.GetRawText() : null);
            var html = Str("html");
            var text = Str("text");
            if (html is null && text is null)
                return new InputError(id ?? where, "the line has neither \"text\" nor \"html\"");
            DateOnly? published = null;
            var p = Str("published");
            if (!string.IsNullOrEmpty(p))
            {
                if (DateOnly.TryParseExact(p.Length >= 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    published = d;
            }
            return new RawDocument
            {
                Source = id ?? where,
                Id = id,
                Url = Str("url"),
                Title = Str("title"),
                Published = published,
                Content = html ?? text!,
                Format = html is not null ? ContentFormat.Html : ContentFormat.Text,
            };
        }
        catch (JsonException ex)
        {
            return new InputError(where, "invalid JSON: " + ex.Message.Split('.')[0]);
        }
    }
}
