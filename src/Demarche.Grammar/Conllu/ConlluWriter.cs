using System.Text;

namespace Demarche.Grammar.Conllu;

/// <summary>Writes sentences as CoNLL-U: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC, "_" where empty.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter w, ConlluSentence s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Comments) sb.Append(c).Append('\n');
        for (int i = 0; i < s.Count; i++)
        {
            int id = i + 1;
            if (s.Ranges.TryGetValue(id, out var range)) sb.Append(range).Append('\n');
            sb.Append(id).Append('\t')
              .Append(Field(s.Forms[i])).Append('\t')
              .Append(Field(s.Lemmas[i])).Append('\t')
              .Append(Field(s.Upos[i])).Append('\t')
              .Append(Field(s.Xpos[i])).Append('\t')
              .Append(Field(s.Feats[i])).Append('\t')
              .Append(s.Heads[i] >= 0 ? s.Heads[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : "_").Append('\t')
              .Append(Field(s.Deprels[i])).Append('\t')
              .Append('_').Append('\t')
              .Append(Field(s.Misc[i])).Append('\n');
            if (s.EmptyNodes.TryGetValue(id, out var empties))
                foreach (var e in empties) sb.Append(e).Append('\n');
        }
        sb.Append('\n');
        w.Write(sb);
    }

    /// <summary>A column value: "_" when empty; tabs and newlines (never legal inside a field) become spaces.</summary>
    private static string Field(string? v) =>
        string.IsNullOrEmpty(v) ? "_" : v.IndexOfAny(['\t', '\n', '\r']) >= 0 ? v.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : v;
}
