using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Tests;

/// <summary>
/// The tagger keeps the summed weights of a word's own features (<see cref="TaggerFeatures.ExtractWord"/>) and scores
/// the others (<see cref="TaggerFeatures.ExtractAround"/> before the pass, <see cref="TaggerFeatures.ExtractTagged"/>
/// word by word): the three together must be exactly the
/// features of <see cref="TaggerFeatures.Extract"/>, at every place, in both passes and in headlines.
/// </summary>
public sealed class TaggerFeaturesTests
{
    [Fact]
    public void AWordsOwnFeaturesAndItsContextsAreAllItsFeatures()
    {
        string[] forms = ["KYIV", ",", "Ukraine", "(", "Reuters", ")", "-", "Troops", "shelled", "1,200", "homes", "near", "well-known", "U.S.", "bases", "."];
        var words = forms.Select(f => WordAtoms.Of(f, WordLexicons.Default)).ToArray();
        var random = new Random(3);
        var tags = Enumerable.Range(0, words.Length).Select(_ => random.Next(100)).ToArray();
        var firstPass = Enumerable.Range(0, words.Length).Select(_ => random.Next(100)).ToArray();
        var all = new ulong[TaggerFeatures.Max];
        var own = new ulong[TaggerFeatures.WordMax];
        var around = new ulong[TaggerFeatures.AroundMax];
        var tagged = new ulong[TaggerFeatures.TaggedMax];
        foreach (bool title in (bool[])[false, true])
            foreach (var first in (int[][])[[], firstPass])
                for (int i = 0; i < words.Length; i++)
                {
                    int k = TaggerFeatures.Extract(words, tags, i, all, first, title);
                    int w = TaggerFeatures.ExtractWord(words[i], own);
                    int a = TaggerFeatures.ExtractAround(words, i, around, first, title);
                    int t = TaggerFeatures.ExtractTagged(words, tags, i, tagged, first);
                    Assert.Equal(k, w + a + t);
                    Assert.Equal(all[..k].Order(), own[..w].Concat(around[..a]).Concat(tagged[..t]).Order());
                }
    }
}
