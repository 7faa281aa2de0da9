using Demarche.Core.Model;

namespace Demarche.Stances;

/// <summary>
/// A document's actors' sides (<see cref="Actor.SideKey"/>) by id, and which of them are persons: made at their first
/// use (most documents never ask), once a document for all its stance readers.
/// </summary>
internal sealed class ActorSides(List<Actor> actors)
{
    private Dictionary<string, string>? _sides;
    private HashSet<string>? _persons;

    /// <summary>The side of the actor with this id; the id itself for an id the document's actors do not have.</summary>
    public string Of(string id) => (_sides ??= SideKeys(actors)).GetValueOrDefault(id) ?? id;

    public bool IsPerson(string id) => (_persons ??= PersonIds(actors)).Contains(id);

    /// <summary>Each actor's side by id (the ids are distinct, as ToDictionary required).</summary>
    private static Dictionary<string, string> SideKeys(List<Actor> actors)
    {
        var side = new Dictionary<string, string>(actors.Count, StringComparer.Ordinal);
        foreach (var a in actors) side.Add(a.Id, a.SideKey());
        return side;
    }

    private static HashSet<string> PersonIds(List<Actor> actors)
    {
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in actors)
            if (a.Kind == ActorKind.Person) persons.Add(a.Id);
        return persons;
    }
}
