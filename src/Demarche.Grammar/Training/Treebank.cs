using Demarche.Grammar.Conllu;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>A treebank sentence ready for training: word atoms, gold classes, heads (-1 root) and labels.</summary>
public sealed class TrainingSentence
{
    public required string[] Forms { get; init; }
    public required WordAtoms[] Words { get; init; }
    public required int[] GoldTags { get; init; }
    public required int[] Heads { get; init; }
    public required string[] Deprels { get; init; }
    /// <summary>Tags the parser trains on (predicted by a tagger that did not see the sentence), else gold.</summary>
    public int[]? PredictedTags { get; set; }
}

public static class Treebank
{
    public static List<TrainingSentence> Load(IEnumerable<string> paths, TagSet tags, WordLexicons lexicon, bool addTags)
    {
        var list = new List<TrainingSentence>();
        foreach (var path in paths)
            foreach (var s in ConlluReader.ReadFile(path))
            {
                if (s.Count == 0) continue;
                var words = new WordAtoms[s.Count];
                var gold = new int[s.Count];
                for (int i = 0; i < s.Count; i++)
                {
                    words[i] = WordAtoms.Of(s.Forms[i], lexicon);
                    gold[i] = addTags ? tags.Add(s.Upos[i], s.Xpos[i]) : tags.Nearest(s.Upos[i], s.Xpos[i]);
                }
                list.Add(new TrainingSentence
                {
                    Forms = [.. s.Forms],
                    Words = words,
                    GoldTags = gold,
                    Heads = [.. s.Heads.Select(h => h - 1)],
                    Deprels = [.. s.Deprels],
                });
            }
        return list;
    }
}
