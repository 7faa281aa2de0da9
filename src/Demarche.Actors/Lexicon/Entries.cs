using Demarche.Core.Text;

namespace Demarche.Actors.Lexicon;

/// <summary>A state or territory: its code and every way news names it.</summary>
public sealed class StateEntry
{
    public required string Code { get; init; }
    public string Name { get; set; } = "";
    public List<string> Forms { get; } = [];
    public List<string> Adjectives { get; } = [];
    public List<string> Seats { get; } = [];
    public List<string> Military { get; } = [];
    public List<string> Places { get; } = [];
    public List<string> Nouns { get; } = [];
    public bool Ambiguous { get; set; }
}

/// <summary>An organisation, agency, armed group, party or news outlet.</summary>
public sealed class OrganisationEntry
{
    public required string Id { get; init; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "igo";
    public string? Code { get; set; }
    public string? Country { get; set; }
    public string? Parent { get; set; }
    public List<string> Forms { get; } = [];
    public List<string> Adjectives { get; } = [];
    public List<string> Nouns { get; } = [];
}

/// <summary>An office a person held: "foreign minister" of IRN from a date to a date (null = still).</summary>
public sealed record Office(string Role, string Org, DateOnly? From, DateOnly? To)
{
    public bool InForceOn(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}

/// <summary>A known person (data/actors/persons.yaml).</summary>
public sealed class PersonEntry
{
    public required string Name { get; init; }
    public string Id => PersonIds.Of(Name);
    public List<string> Aliases { get; } = [];
    public string? Country { get; set; }
    public List<Office> Offices { get; } = [];

    /// <summary>The office in force on the date (or the current one when the date is unknown), else the latest.</summary>
    public Office? OfficeOn(DateOnly? date)
    {
        if (Offices.Count == 0) return null;
        if (date is { } d)
        {
            Office? best = null;
            foreach (var o in Offices)
                if (o.InForceOn(d) && (best is null || (o.From ?? DateOnly.MinValue) > (best.From ?? DateOnly.MinValue))) best = o;
            if (best is not null) return best;
            // before any office: none; after all: the latest (a former holder is still known by it)
            // (a loop: the first of the latest ends, as a stable descending sort's first; its closure was made a call)
            Office? latest = null;
            foreach (var o in Offices)
                if (o.To is { } to && to <= d && (latest is null || to > latest.To)) latest = o;
            return latest;
        }
        return Offices.FirstOrDefault(o => o.To is null) ?? Offices.OrderByDescending(o => o.To).First();
    }
}

/// <summary>What a sector code stands for.</summary>
public sealed record SectorInfo(string Code, string Kind, string Name);

/// <summary>Sector words, titles, honorifics and document nouns (data/actors/roles.yaml).</summary>
public sealed class RoleLexicon
{
    public Dictionary<string, SectorInfo> Sectors { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case word or phrase → sector code.</summary>
    public Dictionary<string, string> SectorWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case title → sector code.</summary>
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);
    public WordSet Honorifics { get; } = new();
    public WordSet Documents { get; } = new();
    public WordSet StateAnaphors { get; } = new();
    public WordSet GovernmentAnaphors { get; } = new();
    public WordSet MilitaryAnaphors { get; } = new();

    public SectorInfo SectorOf(string code) =>
        Sectors.TryGetValue(code, out var s) ? s : new SectorInfo(code, "group", code.ToLowerInvariant());
}

/// <summary>Everything the actors stage knows before reading an article.</summary>
public sealed class ActorLexicon
{
    public Dictionary<string, StateEntry> States { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OrganisationEntry> Organisations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PersonEntry> Persons { get; } = new(StringComparer.Ordinal);
    public RoleLexicon Roles { get; } = new();
}

public static class PersonIds
{
    /// <summary>"Mike Huckabee" → person:mike-huckabee (diacritics folded).</summary>
    public static string Of(string name) => "person:" + TextFold.Slug(name);
}
