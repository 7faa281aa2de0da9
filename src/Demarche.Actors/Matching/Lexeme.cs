namespace Demarche.Actors.Matching;

/// <summary>What a dictionary phrase names.</summary>
public enum LexKind : byte
{
    StateName,
    StateAdjective,
    StateSeat,
    StateMilitary,
    StatePlace,
    Organisation,
    OrganisationAdjective,
    Person,
    SectorWord,
    Title,
    Honorific,
    DocumentNoun,
}

/// <summary>One reading of a dictionary phrase: its kind and what it points at (state code, organisation id,
/// person id, sector code, or the lower-case title / document noun itself).</summary>
public sealed record Lexeme(LexKind Kind, string Target)
{
    public bool IsState => Kind is LexKind.StateName or LexKind.StateAdjective or LexKind.StateSeat or LexKind.StateMilitary or LexKind.StatePlace;
}
