using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Demarche.Input;

/// <summary>
/// Reads a .jsonl file: one <c>{"id","url","published","title","text"|"html"}</c> object a line. Each line is read
/// within <see cref="InputLimits.MaxJsonLineBytes"/> and decoded on its own, so a line that is too long, not
/// UTF-8, not JSON or holds a lone surrogate is one error and reading goes on with the next line.
/// </summary>
internal sealed class JsonLinesReader(string source, InputLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public IEnumerable<InputItem> Read(Stream stream)
    {
        using (stream)
        {
            var lines = new BoundedLineReader(stream, limits.MaxJsonLineBytes);
            int lastLine = 0;
            while (true)
            {
                ByteLine? next;
                string? failure = null;
                try
                {
                    next = lines.Next();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException)
                {
                    next = null;
                    failure = ex is InvalidDataException ? ex.Message : "cannot read: " + ex.Message;
                }
                if (failure is not null)
                {
                    yield return new InputError($"{source}:{lastLine + 1}", failure);
                    yield break;
                }
                if (next is not { } line) yield break;
                lastLine = line.Number;
                if (line.TooLong)
                {
                    yield return new InputError($"{source}:{line.Number}", $"the line is larger than {InputLimits.Megabytes(limits.MaxJsonLineBytes)}; skipped");
                    continue;
                }
                if (line.Bytes.Span.Trim(" \t\r"u8).Length == 0) continue;
                // parsed before the next line is read (the bytes are the line reader's buffer)
                yield return Parse(line.Number, line.Bytes);
            }
        }
    }

    private InputItem Parse(int lineNo, ReadOnlyMemory<byte> bytes)
    {
        // the line's place, made only for an error or a line without id
        string Where() => $"{source}:{lineNo}";
        try
        {
            StrictUtf8.GetCharCount(bytes.Span);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputError(Where(), $"invalid UTF-8 at byte {ex.Index}");
        }
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputError(Where(), "a .jsonl line must be a JSON object");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Str("id") ?? (root.TryGetProperty("id", out var idv) && idv.ValueKind == JsonValueKind.Number ? idv.GetRawText() : null);
            var html = Str("html");
            var text = Str("text");
            if (html is null && text is null)
                return new InputError(id ?? Where(), "the line has neither \"text\" nor \"html\"");
            var content = html ?? text!;
            if (Encoding.UTF8.GetByteCount(content) > limits.MaxDocumentBytes)
                return new InputError(id ?? Where(), $"the document is larger than {InputLimits.Megabytes(limits.MaxDocumentBytes)}");
            return new RawDocument
            {
                Source = id ?? Where(),
                Id = id,
                Url = Str("url"),
                Title = Str("title"),
                Published = Date(Str("published")),
                Content = content,
                Format = html is not null ? ContentFormat.Html : ContentFormat.Text,
            };
        }
        catch (JsonException ex)
        {
            return new InputError(Where(), "invalid JSON: " + ex.Message.Split('.')[0]);
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString on an escape that is half of a surrogate pair ("\ud800" alone)
            return new InputError(Where(), "invalid JSON string: a \\u escape is a lone UTF-16 surrogate");
        }
    }

    private static DateOnly? Date(string? p) =>
        !string.IsNullOrEmpty(p) && DateOnly.TryParseExact(p.Length >= 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
