namespace Demarche.Grammar;

/// <summary>The part-of-speech layer: one tag, lemma and lowercase form per token of <c>Document.Tokens</c>.</summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.PartsOfSpeech)]
public sealed class PosTags(PosTag[] tags, string[] lemmas, string[] lowers)
{
    public PosTag[] Tags { get; } = tags;
    public string[] Lemmas { get; } = lemmas;
    /// <summary>The lowercase form of each token (curly apostrophes made straight).</summary>
    public string[] Lowers { get; } = lowers;
}

public enum ChunkKind : byte { NounPhrase, VerbGroup }

/// <summary>A base noun phrase or verb group: tokens [First, End), its head token, and for noun phrases the end of a possessor ("Israel's").</summary>
public readonly record struct Chunk(ChunkKind Kind, int First, int End, int Head, int PossessorEnd = -1)
{
    public bool HasPossessor => PossessorEnd > First;
    public bool Contains(int token) => token >= First && token < End;
}

/// <summary>The chunk layer: noun phrases and verb groups in token order, and the chunk each token belongs to.</summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.Chunks)]
public sealed class Chunks(Chunk[] all, int[] chunkOfToken)
{
    public Chunk[] All { get; } = all;
    /// <summary>Index into <see cref="All"/> of the chunk holding each token, or -1.</summary>
    public int[] ChunkOfToken { get; } = chunkOfToken;
    public Chunk? At(int token) => token >= 0 && token < ChunkOfToken.Length && ChunkOfToken[token] >= 0 ? All[ChunkOfToken[token]] : null;
}

/// <summary>A noun phrase argument: its span (with "of" phrases) and, when coordinated, each conjunct's span.</summary>
public sealed record Argument(int First, int End, int Head, IReadOnlyList<Chunk> Members)
{
    public bool IsCoordinated => Members.Count > 1;
}

/// <summary>How a verb group hangs on another one.</summary>
public enum Dependency : byte
{
    None,
    /// <summary>"refused to meet": the infinitive's subject is the governor's subject.</summary>
    SubjectControl,
    /// <summary>"urged Israel to withdraw": the infinitive's subject is the governor's object.</summary>
    ObjectControl,
    /// <summary>", killing 1,200 people" / "in placing sanctions": a participle or gerund whose subject is the governor's.</summary>
    Participle,
    /// <summary>"X said Y attacked Z": the clause reported by a verb of saying.</summary>
    Reported,
    /// <summary>"ministers who met …", "a conference aimed at …".</summary>
    Relative,
    /// <summary>"sent experts to Bosnia to investigate …": what the governor's subject means to do by it (not done yet).</summary>
    Purpose,
}

/// <summary>One verb group and its clause: subject, object, agent, voice, negation, modality and what it depends on.</summary>
public sealed class VerbFrame
{
    public required int Sentence { get; init; }
    public required int First { get; init; }
    public required int End { get; init; }
    /// <summary>The main verb (last verb of the group).</summary>
    public required int Head { get; init; }
    public required string Lemma { get; init; }
    public bool Passive { get; set; }
    public bool Negated { get; set; }
    /// <summary>The modal verb, lowercase ("could", "will"), or null.</summary>
    public string? Modal { get; set; }
    public bool Infinitive { get; set; }
    /// <summary>A participle or gerund without auxiliary.</summary>
    public bool NonFinite { get; set; }
    public bool Past { get; set; }
    public bool Future { get; set; }
    /// <summary>In an if/unless clause, or the consequence of one.</summary>
    public bool Conditional { get; set; }
    /// <summary>The clause is itself the condition: its own mark is "if" or "unless" ("if Israel attacks", "unless Washington pays").</summary>
    public bool IsCondition { get; set; }
    /// <summary>The consequence of a condition: an if/unless clause hangs on this one ("will strike if attacked").</summary>
    public bool HasCondition { get; set; }
    /// <summary>The token of the if/unless clause's verb that hangs on this frame, or -1.</summary>
    public int ConditionHead { get; set; } = -1;
    public Argument? Subject { get; set; }
    public Argument? Object { get; set; }
    /// <summary>The by-phrase of a passive.</summary>
    public Argument? Agent { get; set; }
    /// <summary>Index of the governing frame in <see cref="VerbFrames.All"/>, or -1.</summary>
    public int Governor { get; set; } = -1;
    public Dependency Relation { get; set; }
    /// <summary>The token after the particle(s) that belong to the verb ("step up", "pull out").</summary>
    public int ParticleEnd { get; set; }
}

/// <summary>The clause layer: every verb group's frame, and the frame of each token in a verb group.</summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.Dependencies)]
public sealed class VerbFrames(VerbFrame[] all, int[] frameOfToken)
{
    public VerbFrame[] All { get; } = all;
    public int[] FrameOfToken { get; } = frameOfToken;
    public VerbFrame? At(int token) => token >= 0 && token < FrameOfToken.Length && FrameOfToken[token] >= 0 ? All[FrameOfToken[token]] : null;
}
