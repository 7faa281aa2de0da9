using Demarche.Core.Model;

namespace Demarche.Stances;

/// <summary>
/// A document's actors' sides (<see cref="Actor.SideKey"/>) and which of them are persons, read from the document's
/// actors by id (<see cref="Document.ActorsById"/>, shared with the other stages), once a document for all its stance
/// readers.
/// </summary>
internal sealed class ActorSides(Document document)
{
    /// <summary>The side of the actor with this id; the id itself for an id the document's actors do not have.</summary>
    public string Of(string id) => document.ActorsById.TryGetValue(id, out var a) ? a.SideKey() : id;

    public bool IsPerson(string id) => document.ActorsById.TryGetValue(id, out var a) && a.Kind == ActorKind.Person;
}
