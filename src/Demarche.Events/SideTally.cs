namespace Demarche.Events;

/// <summary>
/// A document's actor mentions counted by side and by actor, in the order first mentioned, for
/// <see cref="PairedActors"/>: each side's number of mentions and its most mentioned actor (the first mentioned among
/// equals). The thread's tables, reused (a table of sides and one of actors for each side were made a document).
/// </summary>
internal sealed class SideTally
{
    private const int KeptEntries = 1024;

    [ThreadStatic] private static SideTally? _kept;

    private readonly Dictionary<string, int> _sideIndex = new(StringComparer.Ordinal);
    private readonly List<string> _sides = [];
    private readonly Dictionary<(string Side, string Actor), int> _actorIndex = [];
    private readonly List<int> _actorSide = [];
    private readonly List<string> _actorId = [];
    private readonly List<int> _actorCount = [];

    /// <summary>The thread's tally, empty; give it back with <see cref="Finish"/>.</summary>
    public static SideTally Start()
    {
        var tally = _kept ?? new SideTally();
        _kept = null;
        return tally;
    }

    /// <summary>Counts one mention of the actor on the side.</summary>
    public void Add(string side, string actor)
    {
        if (!_sideIndex.TryGetValue(side, out int s))
        {
            s = _sides.Count;
            _sideIndex[side] = s;
            _sides.Add(side);
        }
        if (!_actorIndex.TryGetValue((side, actor), out int a))
        {
            a = _actorId.Count;
            _actorIndex[(side, actor)] = a;
            _actorSide.Add(s);
            _actorId.Add(actor);
            _actorCount.Add(0);
        }
        _actorCount[a]++;
    }

    /// <summary>Each side in the order first mentioned, with its mentions and its top actor; the tally goes back to the thread, empty.</summary>
    public List<(string Side, int Total, string Top)> Finish()
    {
        var sides = new List<(string Side, int Total, string Top)>(_sides.Count);
        for (int s = 0; s < _sides.Count; s++) sides.Add((_sides[s], 0, ""));
        Span<int> most = _sides.Count <= 64 ? stackalloc int[_sides.Count] : new int[_sides.Count];
        most.Fill(-1);
        for (int a = 0; a < _actorId.Count; a++) // in the order first mentioned: the first among equals stays on top
        {
            int s = _actorSide[a], count = _actorCount[a];
            var (side, total, top) = sides[s];
            if (count > most[s]) (most[s], top) = (count, _actorId[a]);
            sides[s] = (side, total + count, top);
        }
        bool grown = _actorId.Count > KeptEntries;
        _sideIndex.Clear();
        _sides.Clear();
        _actorIndex.Clear();
        _actorSide.Clear();
        _actorId.Clear();
        _actorCount.Clear();
        if (!grown) _kept = this;
        return sides;
    }
}
