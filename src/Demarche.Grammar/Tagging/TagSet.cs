namespace Demarche.Grammar.Tagging;

/// <summary>The classes of the tagger: pairs of a Universal POS tag and a Penn Treebank tag ("AUX VBZ", "PROPN NNP").</summary>
public sealed class TagSet
{
    private readonly Dictionary<(string, string), int> _index = [];
    private readonly List<(string Upos, string Xpos)> _pairs = [];
    private PosTag[] _penn = [];

    public int Count => _pairs.Count;
    public string Upos(int tag) => _pairs[tag].Upos;
    public string Xpos(int tag) => _pairs[tag].Xpos;
    /// <summary>Demarche's Penn tag of a class.</summary>
    public PosTag Penn(int tag) => _penn[tag];

    public int Add(string upos, string xpos)
    {
        if (_index.TryGetValue((upos, xpos), out int i)) return i;
        i = _pairs.Count;
        _pairs.Add((upos, xpos));
        _index[(upos, xpos)] = i;
        _penn = [.. _pairs.Select(p => PennOf(p.Xpos, p.Upos))];
        return i;
    }

    public int IndexOf(string upos, string xpos) => _index.TryGetValue((upos, xpos), out int i) ? i : -1;

    /// <summary>The class nearest a pair never seen in training: same XPOS, else same UPOS, else the first class.</summary>
    public int Nearest(string upos, string xpos)
    {
        int i = IndexOf(upos, xpos);
        if (i >= 0) return i;
        for (int k = 0; k < _pairs.Count; k++) if (_pairs[k].Xpos == xpos) return k;
        for (int k = 0; k < _pairs.Count; k++) if (_pairs[k].Upos == upos) return k;
        return 0;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_pairs.Count);
        foreach (var (u, x) in _pairs) { w.Write(u); w.Write(x); }
    }

    public static TagSet Read(BinaryReader r)
    {
        var set = new TagSet();
        int n = r.ReadInt32();
        if (n <= 0 || n > 10_000) throw new InvalidDataException("corrupt model: bad tag count");
        for (int i = 0; i < n; i++) set.Add(r.ReadString(), r.ReadString());
        return set;
    }

    /// <summary>Maps a Penn Treebank tag as UD English writes it to Demarche's <see cref="PosTag"/>.</summary>
    public static PosTag PennOf(string xpos, string upos) => xpos switch
    {
        "PRP$" => PosTag.PRPS,
        "WP$" => PosTag.WPS,
        "," => PosTag.Comma,
        "." => PosTag.Period,
        ":" => PosTag.Colon,
        "``" or "''" => PosTag.Quote,
        "-LRB-" => PosTag.OpenParen,
        "-RRB-" => PosTag.CloseParen,
        "HYPH" => PosTag.Dash,
        "NFP" => PosTag.Punct,
        "$" or "#" => PosTag.SYM,
        "ADD" => PosTag.NNP,
        "AFX" => PosTag.JJ,
        "LS" => PosTag.CD,
        "GW" or "XX" => upos == "PUNCT" ? PosTag.Punct : PosTag.FW,
        _ => Enum.TryParse<PosTag>(xpos, out var t) && t != PosTag.None ? t : upos switch
        {
            "PUNCT" => PosTag.Punct,
            "NOUN" => PosTag.NN,
            "PROPN" => PosTag.NNP,
            "VERB" => PosTag.VB,
            "ADJ" => PosTag.JJ,
            "ADV" => PosTag.RB,
            "NUM" => PosTag.CD,
            _ => PosTag.SYM,
        },
    };
}
