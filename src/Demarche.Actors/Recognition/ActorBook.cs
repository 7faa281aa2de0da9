using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

/// <summary>The actors of one article as they are found: one <see cref="Actor"/> per id, every mention with its tokens.</summary>
internal sealed class ActorBook
{
    private readonly Dictionary<string, Actor> _byId = new(StringComparer.Ordinal);
    private readonly List<Actor> _ordered = [];
    private readonly List<ActorMention> _mentions;
    /// <summary>The actor of each mention, by the mention's index: walking back over mentions needs no id lookups.</summary>
    private readonly List<Actor> _mentionActors;
    private readonly string _text;

    public ActorBook(string text)
    {
        _text = text;
        // the two mention lists are a thread's, lent to one book at a time (Release gives them back)
        _lists = _keptLists ?? new MentionLists();
        _keptLists = null;
        _mentions = _lists.Mentions;
        _mentionActors = _lists.Actors;
    }

    /// <summary>The mention lists of a book, kept by the thread between articles while small.</summary>
    private sealed class MentionLists
    {
        public readonly List<ActorMention> Mentions = [];
        public readonly List<Actor> Actors = [];
    }

    private readonly MentionLists _lists;
    [ThreadStatic] private static MentionLists? _keptLists;
    private const int KeptMentions = 4096;

    /// <summary>
    /// Gives the mention lists back to the thread, emptied: <see cref="Mentions"/> and <see cref="ActorAt"/> are not
    /// read after (the mention index copies the mentions).
    /// </summary>
    public void Release()
    {
        if (_mentions.Capacity > KeptMentions) return;
        _mentions.Clear();
        _mentionActors.Clear();
        _keptLists = _lists;
    }

    public IReadOnlyList<ActorMention> Mentions => _mentions;
    public IReadOnlyList<Actor> Actors => _ordered;

    /// <summary>The actor of mention <paramref name="index"/> (in <see cref="Mentions"/> order).</summary>
    public Actor ActorAt(int index) => _mentionActors[index];

    public Actor? Find(string id) => _byId.GetValueOrDefault(id);

    public Actor GetOrAdd(string id, Func<Actor> create) => Find(id) ?? Add(id, create());

    /// <summary>Adds an actor whose id the book does not hold yet (<see cref="Find"/> gave null): no closure to make it.</summary>
    public Actor Add(string id, Actor actor)
    {
        _byId.Add(id, actor);
        _ordered.Add(actor);
        return actor;
    }

    public ActorMention AddMention(Actor actor, int start, int end, int firstToken, int tokenCount, string via, string? role = null)
    {
        var m = new ActorMention(start, end, actor.Id, firstToken, tokenCount) { Via = via, Role = role };
        _mentions.Add(m);
        _mentionActors.Add(actor);
        if (!HasMention(actor, start, end))
            actor.Mentions.Add(new Mention(start, end, WordPool.Intern(_text.AsSpan(start, end - start))) { Via = via }); // names recur: the pool's string
        return m;
    }

    private static bool HasMention(Actor actor, int start, int end)
    {
        foreach (var x in actor.Mentions)
            if (x.Start == start && x.End == end) return true;
        return false;
    }

    /// <summary>Actors in order of their first mention, mentions sorted; actors with no mention are dropped.</summary>
    public List<Actor> Finish()
    {
        foreach (var a in _ordered) a.Mentions.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        return _ordered.Where(a => a.Mentions.Count > 0).OrderBy(a => a.Mentions[0].Start).ToList();
    }
}
