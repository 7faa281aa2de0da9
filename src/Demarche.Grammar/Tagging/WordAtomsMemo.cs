using System.Runtime.CompilerServices;

namespace Demarche.Grammar.Tagging;

/// <summary>
/// The atoms of the word forms met last (<see cref="WordAtoms.Of"/>, a pure function of the form and the lexicons: nine
/// hashes, the shape, a cluster and a lexicon look-up, each a walk through a table of megabytes), remembered by form:
/// news text repeats its words ("the", "said", the names of the story), so most words cost a hash of their letters and
/// a comparison (on EWT's training text, 83% of the words are found). Two ways a set, the one used less lately
/// replaced; the letters are compared in full, so a hit gives exactly what computing would. Forms longer than
/// <see cref="MaxChars"/> are not kept. Keeps its tables: one instance serves one thread.
/// </summary>
internal sealed class WordAtomsMemo(WordLexicons lexicons)
{
    private const int SetBits = 11;
    private const int MaxChars = 20;
    private readonly WordAtoms[] _atoms = new WordAtoms[2 << SetBits];
    private readonly char[] _chars = new char[(2 << SetBits) * MaxChars];
    /// <summary>The length of the form kept at each place (0: none).</summary>
    private readonly byte[] _lengths = new byte[2 << SetBits];
    /// <summary>Each set's way to replace next (the one not used last).</summary>
    private readonly byte[] _older = new byte[1 << SetBits];

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public WordAtoms Of(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty || form.Length > MaxChars) return WordAtoms.Of(form, lexicons);
        int set = Set(form);
        for (int way = 0; way < 2; way++)
        {
            int at = 2 * set + way;
            if (_lengths[at] == form.Length && _chars.AsSpan(at * MaxChars, form.Length).SequenceEqual(form))
            {
                _older[set] = (byte)(1 - way);
                return _atoms[at];
            }
        }
        int place = 2 * set + _older[set];
        _older[set] ^= 1;
        var atoms = WordAtoms.Of(form, lexicons);
        form.CopyTo(_chars.AsSpan(place * MaxChars, form.Length));
        _lengths[place] = (byte)form.Length;
        _atoms[place] = atoms;
        return atoms;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Set(ReadOnlySpan<char> form)
    {
        uint h = 2166136261;
        foreach (char c in form) h = (h ^ c) * 16777619;
        return (int)((h * 0x9E3779B1u) >> (32 - SetBits));
    }
}
