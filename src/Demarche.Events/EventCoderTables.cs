using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// The sets and lists an <see cref="EventCoder"/> fills while it codes one document, kept by the thread between
/// documents (seven were made a document): <see cref="Take"/> hands them out empty, <see cref="Release"/> empties them.
/// </summary>
internal sealed class EventCoderTables
{
    public readonly HashSet<string> ExcludedSides = new(StringComparer.Ordinal);
    public readonly Dictionary<VerbFrame, string> ModalityFrames = [];
    public readonly Dictionary<int, string> ModalityNouns = [];
    public readonly Dictionary<int, TriggerMatch> HostileNouns = [];
    public readonly List<string> SavedSides = [];
    public readonly HashSet<VerbFrame> IntentTakenOver = [];
    public readonly List<(string Root, string Source, string? Target)> RecentSources = [];

    [ThreadStatic] private static EventCoderTables? _kept;

    /// <summary>The thread's tables, empty (also after a document whose coding failed half-way), or new ones.</summary>
    public static EventCoderTables Take()
    {
        var tables = _kept ?? new EventCoderTables();
        _kept = null;
        tables.Clear();
        return tables;
    }

    /// <summary>Empties the tables (no document's objects stay reachable) and gives them back to the thread.</summary>
    public void Release()
    {
        Clear();
        _kept = this;
    }

    private void Clear()
    {
        ExcludedSides.Clear();
        ModalityFrames.Clear();
        ModalityNouns.Clear();
        HostileNouns.Clear();
        SavedSides.Clear();
        IntentTakenOver.Clear();
        RecentSources.Clear();
    }
}
