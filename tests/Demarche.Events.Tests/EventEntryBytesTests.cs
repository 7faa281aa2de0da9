using Demarche.Core.Data;

namespace Demarche.Events.Tests;

/// <summary>The cached form of the event dictionary's entries reads back every field of every entry.</summary>
public sealed class EventEntryBytesTests
{
    [Fact]
    public void TheShippedEntriesReadBackAsTheyWere()
    {
        var entries = EventDictionary.Default.Entries.ToList();
        Assert.NotEmpty(entries);
        var read = EventEntryBytes.Read(DataBlock.FromBytes(EventEntryBytes.Write(entries)));
        Assert.Equal(entries.Count, read.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            Assert.Equal(entries[i].Words, read[i].Words);
            Assert.Equal(entries[i] with { Words = read[i].Words }, read[i]);
        }
    }

    [Fact]
    public void OptionalFieldsStayEmpty()
    {
        var entry = new EventEntry { Id = "x", Words = ["meet"], Pos = EntryPos.Verb, Cameo = "040" };
        var read = Assert.Single(EventEntryBytes.Read(DataBlock.FromBytes(EventEntryBytes.Write([entry]))));
        Assert.Equal(entry with { Words = read.Words }, read);
        Assert.Null(read.Preposition);
        Assert.Null(read.File);
    }

    [Fact]
    public void TruncatedBytesAreRefused()
    {
        var bytes = EventEntryBytes.Write(EventDictionary.Default.Entries.Take(3).ToList());
        Assert.ThrowsAny<Exception>(() => EventEntryBytes.Read(DataBlock.FromBytes(bytes.AsSpan(0, bytes.Length - 5))));
    }
}
