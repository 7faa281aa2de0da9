using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Demarche.Core.Data;

/// <summary>
/// Reads a YAML file (YamlDotNet's parser) into plain trees: mappings are <see cref="Dictionary{TKey,TValue}"/>
/// (a key given twice keeps its last value), sequences <see cref="List{T}"/>, scalars strings (untyped: "2020-01-01"
/// and "yes" stay text; a plain empty, ~ or null is null). A malformed file is an <see cref="InvalidDataException"/>
/// that names the file, line and column. The trees of the shipped data files (under data/) are kept in the user's
/// cache (<see cref="DataCache"/>, as <see cref="YamlTreeBytes"/>) and read from there while the file is unchanged.
/// </summary>
public static partial class YamlTree
{
    public static object? Load(string path)
    {
        if (!DataCache.IsShippedData(path) || !File.Exists(path)) return LoadText(path);
        var block = DataCache.Load($"yaml-{Path.GetFileNameWithoutExtension(path)}", YamlTreeBytes.Format, [path], () => YamlTreeBytes.Write(LoadText(path)));
        return YamlTreeBytes.Read(block);
    }

    /// <summary>The tree of a YAML file, parsed from its text (not from the cache).</summary>
    public static object? LoadText(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader, path);
    }

    public static object? Parse(TextReader text, string source = "yaml")
    {
        var open = new Stack<Mark>();
        try
        {
            var parser = new Parser(text);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            return parser.Accept<DocumentEnd>(out _) ? null : Node(parser, open);
        }
        catch (YamlException ex)
        {
            throw DataFileError.At(source, ex.Start.Line, ex.Start.Column, DataYaml.Reason(ex), ex);
        }
        catch (InvalidOperationException ex) when (open.TryPeek(out var at))
        {
            // YamlDotNet's scanner fails this way when the file ends inside a [list] or {map}
            throw DataFileError.At(source, at.Line, at.Column, "this bracket is never closed", ex);
        }
    }

    /// <param name="open">where each flow collection ([…] or {…}) being read began, innermost on top</param>
    private static object? Node(IParser parser, Stack<Mark> open)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return Value(scalar);
        if (parser.TryConsume<SequenceStart>(out var seq))
        {
            if (seq.Style == SequenceStyle.Flow) open.Push(seq.Start);
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Node(parser, open));
            if (seq.Style == SequenceStyle.Flow) open.Pop();
            return list;
        }
        if (parser.TryConsume<MappingStart>(out var mapping))
        {
            if (mapping.Style == MappingStyle.Flow) open.Push(mapping.Start);
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var at = parser.Current!.Start;
                if (Node(parser, open) is not string key) throw new YamlException(at, at, "a key must be a plain word or phrase");
                map[key] = Node(parser, open);
            }
            if (mapping.Style == MappingStyle.Flow) open.Pop();
            return map;
        }
        var other = parser.Current!;
        throw new YamlException(other.Start, other.End, other is AnchorAlias ? "aliases (*name) are not read here" : "unexpected " + other.GetType().Name);
    }

    private static string? Value(Scalar s) =>
        s.Style == ScalarStyle.Plain && s.Value is "" or "~" or "null" or "Null" or "NULL" ? null : s.Value;
}
