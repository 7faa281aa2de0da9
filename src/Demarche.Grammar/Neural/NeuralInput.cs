namespace Demarche.Grammar.Neural;

/// <summary>
/// What the neural parser reads of one sentence, position 0 being the root: each word's row of pretrained vectors
/// (-1: none), its trained-vocabulary index (<see cref="Vocabulary.Unknown"/>, <see cref="Vocabulary.Root"/>), tag
/// class (+1; 0 the root), suffix bucket and shape flags. Kept and resized between sentences.
/// </summary>
public sealed class NeuralInput
{
    public int Length;
    public int[] Pretrained = new int[64];
    public int[] Word = new int[64];
    public int[] Tag = new int[64];
    public int[] Suffix = new int[64];
    public int[] Flags = new int[64];

    /// <summary>Makes room for <paramref name="words"/> words and the root, and sets the root.</summary>
    public void Reset(int words)
    {
        int m = words + 1;
        if (Word.Length < m)
        {
            int size = Math.Max(m, Word.Length * 2);
            Pretrained = new int[size]; Word = new int[size]; Tag = new int[size]; Suffix = new int[size]; Flags = new int[size];
        }
        Length = m;
        Pretrained[0] = -1; Word[0] = Vocabulary.Root; Tag[0] = 0; Suffix[0] = 0; Flags[0] = 0;
    }

    /// <summary>Sets word <paramref name="i"/> (0-based, without the root) from its atoms and tag class.</summary>
    public void Set(int i, in Tagging.WordAtoms atoms, int tagClass, Vocabulary vocabulary, int suffixBuckets)
    {
        int t = i + 1;
        Pretrained[t] = vocabulary.PretrainedRow(atoms.Norm);
        Word[t] = vocabulary.Index(atoms.Norm);
        Tag[t] = tagClass + 1;
        Suffix[t] = (int)(atoms.Suffix3 % (ulong)suffixBuckets);
        Flags[t] = atoms.Flags;
    }
}
