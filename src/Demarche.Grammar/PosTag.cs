namespace Demarche.Grammar;

/// <summary>Penn Treebank part-of-speech tags, plus a few for punctuation.</summary>
public enum PosTag : byte
{
    None,
    NN, NNS, NNP, NNPS,
    VB, VBD, VBG, VBN, VBP, VBZ, MD,
    JJ, JJR, JJS, RB, RBR, RBS,
    DT, PDT, PRP, PRPS, WDT, WP, WPS, WRB, EX,
    IN, TO, RP, CC, CD, POS, UH, FW, SYM,
    Comma, Period, Colon, Quote, OpenParen, CloseParen, Dash, Punct,
}

public static class PosTagExtensions
{
    public static bool IsNoun(this PosTag t) => t is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
    public static bool IsProperNoun(this PosTag t) => t is PosTag.NNP or PosTag.NNPS;
    public static bool IsVerb(this PosTag t) => t is PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP or PosTag.VBZ;
    public static bool IsFiniteVerb(this PosTag t) => t is PosTag.VBD or PosTag.VBP or PosTag.VBZ or PosTag.MD;
    public static bool IsAdjective(this PosTag t) => t is PosTag.JJ or PosTag.JJR or PosTag.JJS;
    public static bool IsAdverb(this PosTag t) => t is PosTag.RB or PosTag.RBR or PosTag.RBS;
    public static bool IsPunctuation(this PosTag t) => t >= PosTag.Comma;
    public static bool IsDeterminer(this PosTag t) => t is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.WPS;

    /// <summary>The Penn Treebank spelling ("PRP$", ",").</summary>
    public static string ToPenn(this PosTag t) => t switch
    {
        PosTag.PRPS => "PRP$",
        PosTag.WPS => "WP$",
        PosTag.Comma => ",",
        PosTag.Period => ".",
        PosTag.Colon => ":",
        PosTag.Quote => "''",
        PosTag.OpenParen => "-LRB-",
        PosTag.CloseParen => "-RRB-",
        PosTag.Dash => "HYPH",
        PosTag.Punct => "PUNCT",
        _ => t.ToString(),
    };

    public static PosTag Parse(string s) => s switch
    {
        "PRP$" => PosTag.PRPS,
        "WP$" => PosTag.WPS,
        _ => Enum.TryParse<PosTag>(s, out var t) ? t : PosTag.None,
    };
}
