namespace Demarche.Grammar.Parsing;

/// <summary>
/// Repairs of parses that the treebanks' genres make likely and news makes wrong. Each repair fixes one class of
/// trees, named by its method, and leaves every other tree as the parser made it.
/// </summary>
public sealed class TreeRepairs(IReadOnlyList<string> labelNames)
{
    private readonly Dictionary<string, int> _labels = labelNames.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);

    /// <summary>The index of a label, or of "dep" when the model has no such label.</summary>
    public int Label(string name) => _labels.TryGetValue(name, out int i) ? i : _labels.GetValueOrDefault("dep");

    private bool Is(int label, string name) => _labels.TryGetValue(name, out int i) && i == label;

    /// <summary>
    /// "Chile, Peru and Ecuador issued …": web text addresses people ("John, can you …"), so the parser reads the
    /// first member of a list as a vocative and the rest as the subject. When a vocative is followed by a comma
    /// and the verb's subject after it is itself a coordination, the vocative heads the coordination instead.
    /// </summary>
    public void JoinListsReadAsVocatives(SentenceGrammar g)
    {
        int n = g.Length;
        for (int x = 0; x + 1 < n; x++)
        {
            if (!Is(g.Labels[x], "vocative") || g.Heads[x] <= x) continue;
            int verb = g.Heads[x];
            int subject = -1;
            for (int y = x + 2; y < verb; y++)
                if (g.Heads[y] == verb && (Is(g.Labels[y], "nsubj") || Is(g.Labels[y], "nsubj:pass"))) { subject = y; break; }
            if (subject < 0 || !HasChild(g, subject, "conj")) continue;
            g.Labels[x] = g.Labels[subject];
            g.Heads[subject] = x;
            g.Labels[subject] = Label("conj");
            for (int z = subject + 1; z < n; z++)
                if (g.Heads[z] == subject && Is(g.Labels[z], "conj")) g.Heads[z] = x;
        }
    }

    private bool HasChild(SentenceGrammar g, int head, string label)
    {
        for (int k = 0; k < g.Length; k++)
            if (g.Heads[k] == head && Is(g.Labels[k], label)) return true;
        return false;
    }
}
