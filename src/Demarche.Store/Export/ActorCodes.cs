namespace Demarche.Store.Export;

/// <summary>
/// A CAMEO actor code read as GDELT's actor columns define it: the country (first three letters when they are a
/// country), the known group (an IGO/NGO's own code: UNO, AMN), and up to three type codes (GOV, MIL, REB, IGO …).
/// "IGOUNOAGR" is type IGO, group UNO, type AGR; "PSEREB" is country PSE, type REB; "USAGOV" country USA, type GOV.
/// </summary>
public sealed record ActorCodes(string? Country, string? KnownGroup, IReadOnlyList<string> Types)
{
    /// <summary>CAMEO's actor type codes (role and sector), as GDELT's Type1–3Code columns hold them.</summary>
    public static readonly HashSet<string> TypeCodes = new(StringComparer.Ordinal)
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI",
        "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "MOD", "RAD", "REF", "RES", "IGO", "NGO", "IMG", "PTY", "NGM",
    };

    /// <summary>Types for actor kinds whose code does not carry one.</summary>
    private static string? TypeOfKind(string? kind) => kind switch
    {
        "government" => "GOV", "military" => "MIL", "armed-group" => "REB", "political-party" => "OPP", "igo" => "IGO",
        "ngo" => "NGO", "media" => "MED", _ => null,
    };

    /// <summary>
    /// Reads the code; an organisation or armed group whose code names no group of its own ("SDNREB" for the RSF) has
    /// its Demarche id as the known group when that is a plain code (RSF, HAMAS).
    /// </summary>
    public static ActorCodes Read(string code, string? kind, string? country, Func<string, bool> isCountry, string? id = null)
    {
        var chunks = new List<string>();
        for (int i = 0; i < code.Length; i += 3) chunks.Add(code.Substring(i, Math.Min(3, code.Length - i)));
        string? ownCountry = null, group = null;
        var types = new List<string>();
        int k = 0;
        if (chunks.Count > 0 && chunks[0].Length == 3 && !TypeCodes.Contains(chunks[0]) && (chunks[0] == country || isCountry(chunks[0])))
        {
            ownCountry = chunks[0];
            k = 1;
        }
        for (; k < chunks.Count; k++)
        {
            if (TypeCodes.Contains(chunks[k])) types.Add(chunks[k]);
            else if (group is null && ownCountry is null) group = chunks[k];
        }
        if (types.Count == 0 && TypeOfKind(kind) is { } t) types.Add(t);
        if (group is null && kind is "armed-group" or "igo" or "ngo" && id is { Length: > 0 } && id.All(char.IsAsciiLetterUpper) && !isCountry(id))
            group = id;
        return new ActorCodes(ownCountry ?? country, group, types.Take(3).ToList());
    }
}
