namespace Demarche.Events;

public enum EntryPos : byte { Verb, Noun }

public enum TargetKind : byte { Object, Next, Prep, None }

/// <summary>One compiled dictionary entry: lemmas (head first), part of speech of the head, CAMEO code and where the target is.</summary>
public sealed record EventEntry
{
    public required string Id { get; init; }
    /// <summary>Normalised lemmas, head first.</summary>
    public required string[] Words { get; init; }
    public required EntryPos Pos { get; init; }
    public required string Cameo { get; init; }
    public TargetKind Target { get; init; } = TargetKind.Object;
    /// <summary>The preposition for <see cref="TargetKind.Prep"/>.</summary>
    public string? Preposition { get; init; }
    public int Gap { get; init; } = 2;
    public bool PassiveBy { get; init; } = true;
    public string? Modality { get; init; }
    public string? File { get; init; }
}

/// <summary>One row of data/cameo/codes.tsv.</summary>
public sealed record CameoCode(string Code, string Name, string? Plover, int Quad, double Goldstein)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}

/// <summary>Spelling normalisation shared by dictionary words and text lemmas (British and American forms meet; "upon" is
/// read as "on": "agreed upon a pact", "called upon").</summary>
public static class Spelling
{
    public static string Normalize(string lemma)
    {
        if (lemma == "upon") return "on";
        if (lemma.Length > 4)
        {
            if (lemma.EndsWith("ize", StringComparison.Ordinal)) return string.Concat(lemma.AsSpan(0, lemma.Length - 3), "ise");
            if (lemma.EndsWith("yze", StringComparison.Ordinal)) return string.Concat(lemma.AsSpan(0, lemma.Length - 3), "yse");
            if (lemma.EndsWith("ization", StringComparison.Ordinal)) return string.Concat(lemma.AsSpan(0, lemma.Length - 7), "isation");
            if (lemma.EndsWith("izations", StringComparison.Ordinal)) return string.Concat(lemma.AsSpan(0, lemma.Length - 8), "isations");
            if (lemma == "defense") return "defence";
            if (lemma == "offense") return "offence";
        }
        return lemma;
    }
}
