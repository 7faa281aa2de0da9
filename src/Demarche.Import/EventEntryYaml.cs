namespace Demarche.Import;

/// <summary>One entry of Demarche's event dictionary format (data/events/README.md), as an import writes it.</summary>
public sealed record EventEntryYaml(string Id, string Words, string Cameo, string Target, int Gap, string Note)
{
    public Dictionary<string, object> ToYaml()
    {
        var m = new Dictionary<string, object> { ["id"] = Id, ["words"] = Words, ["pos"] = "verb", ["cameo"] = Cameo, ["target"] = Target };
        if (Gap != 2) m["gap"] = Gap;
        m["note"] = Note;
        return m;
    }
}
