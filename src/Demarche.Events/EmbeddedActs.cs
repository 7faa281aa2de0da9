using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// How an act embedded in another act of its actor is recoded (data/events/embedded-acts.tsv: kind, tab, CAMEO code
/// prefix, tab, code): a threatened hostile act becomes the threat of it (13x), an intended cooperative act the
/// expression of that intent (03x), a refused one a rejection (12x). The longest matching prefix wins.
/// </summary>
public sealed class EmbeddedActs
{
    public const string FileName = "embedded-acts.tsv";
    public const string Threat = "threat";
    public const string Intent = "intent";
    public const string Refusal = "refusal";
    private readonly Dictionary<(string Kind, string Prefix), string> _codes;

    private EmbeddedActs(Dictionary<(string, string), string> codes) => _codes = codes;

    private static readonly Lazy<EmbeddedActs> _default = new(() => StartupTrace.Time("embedded acts", () => Load(DataDirectory.File("events", FileName))));
    public static EmbeddedActs Default => _default.Value;

    /// <summary>The code of <paramref name="cameo"/> embedded as <paramref name="kind"/>, or null when the kind does not apply to it.</summary>
    public string? CodeFor(string kind, string cameo)
    {
        for (int n = cameo.Length; n >= 2; n--)
            if (_codes.TryGetValue((kind, cameo[..n]), out var code)) return code;
        return null;
    }

    public static EmbeddedActs Load(string path)
    {
        var codes = new Dictionary<(string, string), string>();
        foreach (var cols in TsvFile.Read(path, 3, "kind, code prefix, code"))
        {
            codes[(cols[0].Trim(), cols[1].Trim())] = cols[2].Trim();
        }
        return new EmbeddedActs(codes);
    }
}
