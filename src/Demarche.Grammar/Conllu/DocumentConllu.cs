using Demarche.Core.Model;

namespace Demarche.Grammar.Conllu;

/// <summary>Writes an annotated document's sentences as CoNLL-U, with its text and character offsets as comments.</summary>
public static class DocumentConllu
{
    /// <summary>One verb frame as a line: "urged: subject=[Egypt] object=[Hamas] ← 2 ObjectControl, past".</summary>
    public static string Describe(Document d, VerbFrame f)
    {
        string Span(Argument? a) => a is null ? "-" : "[" + d.Text[d.Tokens[a.First].Start..d.Tokens[a.End - 1].End] + "]" + (a.IsCoordinated ? $"x{a.Members.Count}" : "");
        var frames = d.Require<VerbFrames>().All;
        var flags = new List<string>();
        if (f.Passive) flags.Add("passive");
        if (f.Negated) flags.Add("negated");
        if (f.Modal is { } m) flags.Add("modal " + m);
        if (f.Infinitive) flags.Add("infinitive");
        if (f.NonFinite) flags.Add("non-finite");
        if (f.Past) flags.Add("past");
        if (f.Future) flags.Add("future");
        if (f.Conditional) flags.Add("conditional");
        string gov = f.Governor >= 0 ? $" <- {d.Text[d.Tokens[frames[f.Governor].Head].Start..d.Tokens[frames[f.Governor].Head].End]} {f.Relation}" : f.Relation != Dependency.None ? $" {f.Relation}" : "";
        return $"{d.Text[d.Tokens[f.Head].Start..d.Tokens[f.Head].End]}: subject={Span(f.Subject)} object={Span(f.Object)} agent={Span(f.Agent)}{gov} {string.Join(", ", flags)}".TrimEnd();
    }

    public static void Write(Document document, TextWriter output, bool frames = false)
    {
        var pos = document.Require<PosTags>();
        var tree = document.Require<Dependencies>();
        var tokens = document.Tokens;
        var text = document.Text;
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            var s = document.Sentences[si];
            if (s.TokenCount == 0) continue;
            var c = new ConlluSentence();
            c.Comments.Add($"# sent_id = {document.Info.Id}-{si + 1}");
            c.Comments.Add($"# text = {text[s.Start..s.End].ReplaceLineEndings(" ")}");
            c.Comments.Add($"# offsets = {s.Start}-{s.End}");
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                c.Forms.Add(text[tokens[t].Start..tokens[t].End]);
                c.Lemmas.Add(tree.Upos(t) == "PROPN" ? c.Forms[^1] : pos.Lemmas[t]);
                c.Upos.Add(tree.Upos(t));
                c.Xpos.Add(tree.Xpos(t));
                c.Feats.Add("_");
                c.Heads.Add(tree.Head(t) < 0 ? 0 : tree.Head(t) - s.FirstToken + 1);
                c.Deprels.Add(tree.Label(t));
                bool glued = t + 1 < s.EndToken && tokens[t + 1].Start == tokens[t].End;
                c.Misc.Add(glued ? "SpaceAfter=No" : "_");
            }
            if (frames)
                foreach (var f in document.Require<VerbFrames>().All.Where(f => f.Sentence == si))
                    c.Comments.Add("# frame " + Describe(document, f));
            ConlluWriter.Write(output, c);
        }
    }
}
