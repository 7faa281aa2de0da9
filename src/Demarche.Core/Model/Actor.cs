using System.Text.Json.Serialization;

namespace Demarche.Core.Model;

public static class ActorKind
{
    public const string State = "state";
    public const string Government = "government";
    public const string Military = "military";
    public const string Igo = "igo";
    public const string Ngo = "ngo";
    public const string ArmedGroup = "armed-group";
    public const string PoliticalParty = "political-party";
    public const string Person = "person";
    public const string Media = "media";
    public const string Document = "document";
    public const string Group = "group";
}

/// <summary>One place in the text that names or refers to an actor.</summary>
public sealed record Mention(int Start, int End, string Text)
{
    /// <summary>How the mention was found (dictionary, pattern, coreference); not part of the contract.</summary>
    [JsonIgnore] public string? Via { get; init; }
}

/// <summary>A state, organisation, group, person or document that the article speaks of.</summary>
public sealed class Actor
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Country { get; set; }
    public string? Code { get; set; }
    public string? Affiliation { get; set; }
    public List<Mention> Mentions { get; init; } = [];

    /// <summary>Actors by id, the first one of each id, in the order given.</summary>
    public static Dictionary<string, Actor> ById(IEnumerable<Actor> actors)
    {
        // sized at once when the count is known (a document's list: was grown from 3 through 7, 17 …), a list read by
        // index (its enumerator was boxed)
        if (actors is IReadOnlyList<Actor> list)
        {
            var byIndex = new Dictionary<string, Actor>(list.Count);
            for (int i = 0; i < list.Count; i++) byIndex.TryAdd(list[i].Id, list[i]);
            return byIndex;
        }
        var byId = new Dictionary<string, Actor>();
        foreach (var a in actors) byId.TryAdd(a.Id, a);
        return byId;
    }

    /// <summary>
    /// The side the actor acts for, under which its items roll up (GDELT-style): states, governments and armed
    /// forces are their state; persons, documents and groups the state or organisation they speak for;
    /// organisations and armed groups themselves.
    /// </summary>
    public string SideKey() => Kind switch
    {
        ActorKind.State or ActorKind.Government or ActorKind.Military => Country ?? Id,
        ActorKind.Person or ActorKind.Document or ActorKind.Group => Affiliation ?? Country ?? Id,
        _ => Id,
    };
}
