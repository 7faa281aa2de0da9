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

    /// <summary>
    /// The tagger's pass in parts (kept word sums, the words around, the classes just chosen) chooses the classes that
    /// the pass over all the features at once does (<see cref="Tagger.Pass"/> with a model not the tagger's own), for
    /// short sentences, a headline, and sentences longer than the buffers kept between sentences, in any order.
    /// </summary>
    [Fact]
    public void ThePassInPartsTagsAsThePassOverAllTheFeatures()
    {
        var tagger = GrammarModel.Transition.Tagger;
        var other = new Tagger(tagger.Tags, tagger.Second ?? tagger.Model);
        string[] news = ["Israeli", "bulldozers", "demolished", "Palestinian", "homes", "in", "Hebron", "on", "Monday", ",", "officials", "said", "."];
        string[] headline = ["EU", "Ministers", "Agree", "New", "Sanctions", "On", "Russian", "Shipping"];
        var longOne = Enumerable.Range(0, 700).Select(i => news[i % news.Length]).ToArray();
        foreach (var forms in (string[][])[news, longOne, headline, news, longOne, news])
        {
            var words = forms.Select(f => WordAtoms.Of(f, WordLexicons.Default)).ToArray();
            var actual = new int[words.Length];
            tagger.Tag(words, actual);
            bool title = SentenceShape.IsTitleCase(words);
            var expected = new int[words.Length];
            // the first model is not `other`'s own (its own is the second), so this pass scores all the features at once
            other.Pass(tagger.Model, words, expected, default, title);
            if (tagger.Second is { } second)
            {
                var first = (int[])expected.Clone();
                new Tagger(tagger.Tags, tagger.Model).Pass(second, words, expected, first, title);
            }
            Assert.Equal(expected, actual);
        }
    }
}
