namespace Demarche.Grammar.Conllu;

/// <summary>Reads CoNLL-U (universaldependencies.org/format.html) sentence by sentence, streaming.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader, path)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "input")
    {
        var sentence = new ConlluSentence();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                if (sentence.Count > 0 || sentence.Comments.Count > 0) yield return sentence;
                sentence = new ConlluSentence();
                continue;
            }
            if (line[0] == '#') { sentence.Comments.Add(line); continue; }
            var cols = line.Split('\t');
            if (cols.Length != 10)
                throw new FormatException($"{source}:{lineNumber}: a CoNLL-U word line has 10 tab-separated columns, this one has {cols.Length}");
            string id = cols[0];
            if (id.Contains('-')) { sentence.Ranges[int.Parse(id.AsSpan(0, id.IndexOf('-')))] = line; continue; }
            if (id.Contains('.'))
            {
                int after = int.Parse(id.AsSpan(0, id.IndexOf('.')));
                if (!sentence.EmptyNodes.TryGetValue(after, out var list)) sentence.EmptyNodes[after] = list = [];
                list.Add(line);
                continue;
            }
            if (!int.TryParse(id, out int n) || n != sentence.Count + 1)
                throw new FormatException($"{source}:{lineNumber}: word id '{id}' out of sequence (expected {sentence.Count + 1})");
            sentence.Forms.Add(cols[1]);
            sentence.Lemmas.Add(cols[2]);
            sentence.Upos.Add(cols[3]);
            sentence.Xpos.Add(cols[4]);
            sentence.Feats.Add(cols[5]);
            sentence.Heads.Add(int.TryParse(cols[6], out int h) ? h : -1);
            sentence.Deprels.Add(cols[7]);
            sentence.Misc.Add(cols[9]);
        }
        if (sentence.Count > 0) yield return sentence;
    }
}
