namespace Demarche.Grammar;

/// <summary>A parser's label names ("nsubj:pass") and their universal parts ("nsubj"), by label index.</summary>
public sealed class RelationNames
{
    public RelationNames(string[] labels)
    {
        Labels = labels;
        Universal = new string[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            string l = labels[i];
            Universal[i] = l.IndexOf(':') is int c and > 0 ? l[..c] : l;
        }
    }

    internal string[] Labels { get; }
    internal string[] Universal { get; }
}
