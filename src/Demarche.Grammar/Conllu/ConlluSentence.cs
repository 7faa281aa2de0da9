namespace Demarche.Grammar.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file: its syntactic words (integer ids 1…n, index 0 here is word 1) with the
/// columns Demarche reads, plus the lines it keeps as they were (comments, multiword token ranges, empty nodes)
/// so that a file can be written back with only the predicted columns replaced.
/// </summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = [];
    public List<string> Forms { get; } = [];
    public List<string> Lemmas { get; } = [];
    public List<string> Upos { get; } = [];
    public List<string> Xpos { get; } = [];
    public List<string> Feats { get; } = [];
    /// <summary>Head of each word: 0 for the root, else the 1-based id of the head word; -1 when not given.</summary>
    public List<int> Heads { get; } = [];
    public List<string> Deprels { get; } = [];
    public List<string> Misc { get; } = [];
    /// <summary>Multiword token lines ("3-4 don't …") by the id of their first word.</summary>
    public Dictionary<int, string> Ranges { get; } = [];
    /// <summary>Empty-node lines ("8.1 …") by the id of the word they follow.</summary>
    public Dictionary<int, List<string>> EmptyNodes { get; } = [];

    public int Count => Forms.Count;

    public string? Text => Comments.FirstOrDefault(c => c.StartsWith("# text = ", StringComparison.Ordinal)) is { } t ? t[9..] : null;
}
