using System.Text;
using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// The compiled entries of the shipped event dictionary as compact bytes, for the user's cache (<see cref="DataCache"/>):
/// reading them back makes the same entries without the YAML parser. Every field of <see cref="EventEntry"/> in order.
/// </summary>
public static class EventEntryBytes
{
    /// <summary>The layout of the bytes; change it when <see cref="EventEntry"/> gains or changes a field.</summary>
    public const int Format = 2;

    public static byte[] Write(IReadOnlyList<EventEntry> entries)
    {
        var output = new MemoryStream();
        using (var w = new BinaryWriter(output, Encoding.UTF8))
        {
            w.Write(entries.Count);
            foreach (var e in entries)
            {
                w.Write(e.Id);
                w.Write(e.Words.Length);
                foreach (var word in e.Words) w.Write(word);
                w.Write((byte)e.Pos);
                w.Write(e.Cameo);
                w.Write((byte)e.Target);
                Optional(w, e.Preposition);
                w.Write(e.Gap);
                w.Write(e.PassiveBy);
                Optional(w, e.Modality);
                Optional(w, e.File);
            }
        }
        return output.ToArray();
    }

    public static List<EventEntry> Read(DataBlock block)
    {
        using var r = new BinaryReader(block.OpenRead(), Encoding.UTF8);
        int count = Count(r, block);
        var entries = new List<EventEntry>(count);
        for (int i = 0; i < count; i++)
        {
            var id = r.ReadString();
            var words = new string[Count(r, block)];
            for (int k = 0; k < words.Length; k++) words[k] = r.ReadString();
            entries.Add(new EventEntry
            {
                Id = id,
                Words = words,
                Pos = (EntryPos)r.ReadByte(),
                Cameo = r.ReadString(),
                Target = (TargetKind)r.ReadByte(),
                Preposition = Optional(r),
                Gap = r.ReadInt32(),
                PassiveBy = r.ReadBoolean(),
                Modality = Optional(r),
                File = Optional(r),
            });
        }
        bool whole = r.BaseStream.Position == block.Length;
        GC.KeepAlive(block); // the stream reads the block's mapping, which its finalizer unmaps (YamlTreeBytes.Read)
        return whole ? entries : throw new InvalidDataException("damaged event entries: bytes after their end");
    }

    private static int Count(BinaryReader r, DataBlock block)
    {
        int count = r.ReadInt32();
        return count >= 0 && count <= block.Length ? count : throw new InvalidDataException("damaged event entries: a count past their end");
    }

    private static void Optional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
