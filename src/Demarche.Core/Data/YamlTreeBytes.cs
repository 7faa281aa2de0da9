using System.Runtime.InteropServices;

namespace Demarche.Core.Data;

/// <summary>
/// A <see cref="YamlTree"/> tree as compact bytes, for the user's cache (<see cref="DataCache"/>): reading them back
/// makes the same strings, lists and maps without running the YAML scanner. Each node is a tag (0 null, 1 string,
/// 2 list, 3 map) and then a string's length and UTF-16 code units, or a list's count and items, or a map's count and
/// keys and values in file order.
/// </summary>
public static class YamlTreeBytes
{
    /// <summary>The layout of the bytes; change it when the tags change.</summary>
    public const int Format = 1;
    private const byte Null = 0, Text = 1, Sequence = 2, Mapping = 3;

    public static byte[] Write(object? tree)
    {
        var output = new MemoryStream();
        using (var w = new BinaryWriter(output))
            Node(w, tree);
        return output.ToArray();
    }

    private static void Node(BinaryWriter w, object? node)
    {
        switch (node)
        {
            case null:
                w.Write(Null);
                break;
            case string s:
                w.Write(Text);
                String(w, s);
                break;
            case List<object?> list:
                w.Write(Sequence);
                w.Write(list.Count);
                foreach (var item in list) Node(w, item);
                break;
            case Dictionary<string, object?> map:
                w.Write(Mapping);
                w.Write(map.Count);
                foreach (var (key, value) in map)
                {
                    String(w, key);
                    Node(w, value);
                }
                break;
            default:
                throw new ArgumentException($"not a YAML tree node: {node.GetType().Name}", nameof(node));
        }
    }

    private static void String(BinaryWriter w, string s)
    {
        w.Write(s.Length);
        w.Write(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    public static object? Read(DataBlock block)
    {
        var bytes = block.Bytes(0, block.Length);
        int at = 0;
        var tree = Node(bytes, ref at);
        // the span points into the block's mapping, which the block's finalizer unmaps: the block must stay reachable
        // until the last byte is read (optimised code may otherwise drop it after Bytes, and a collection during the
        // read then unmaps the pages under it: an access violation, seen with ReadyToRun code)
        GC.KeepAlive(block);
        return at == bytes.Length ? tree : throw new InvalidDataException("damaged YAML tree: bytes after its end");
    }

    private static object? Node(ReadOnlySpan<byte> bytes, ref int at)
    {
        byte tag = bytes[at++];
        switch (tag)
        {
            case Null:
                return null;
            case Text:
                return String(bytes, ref at);
            case Sequence:
            {
                int count = Count(bytes, ref at);
                var list = new List<object?>(count);
                for (int i = 0; i < count; i++) list.Add(Node(bytes, ref at));
                return list;
            }
            case Mapping:
            {
                int count = Count(bytes, ref at);
                var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                for (int i = 0; i < count; i++)
                {
                    var key = String(bytes, ref at);
                    map[key] = Node(bytes, ref at);
                }
                return map;
            }
            default:
                throw new InvalidDataException($"damaged YAML tree: tag {tag}");
        }
    }

    private static int Count(ReadOnlySpan<byte> bytes, ref int at)
    {
        int count = BitConverter.ToInt32(bytes.Slice(at, sizeof(int)));
        at += sizeof(int);
        return count >= 0 && count <= bytes.Length - at ? count : throw new InvalidDataException("damaged YAML tree: a count past its end");
    }

    private static string String(ReadOnlySpan<byte> bytes, ref int at)
    {
        int length = BitConverter.ToInt32(bytes.Slice(at, sizeof(int)));
        at += sizeof(int);
        if (length < 0 || length > (bytes.Length - at) / sizeof(char)) throw new InvalidDataException("damaged YAML tree: a string past its end");
        var s = new string(MemoryMarshal.Cast<byte, char>(bytes.Slice(at, length * sizeof(char))));
        at += length * sizeof(char);
        return s;
    }
}
