using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Tests;

/// <summary>
/// The analyzer remembers the atoms of the word forms it met (a pure function of the form): after thousands of other
/// forms, many sharing a set of the memo, it analyses a sentence as a fresh analyzer does.
/// </summary>
public sealed class WordAtomsMemoTests
{
    [Fact]
    public void AnAnalyzerThatMetManyFormsAnalysesAsAFreshOne()
    {
        string[] sentence = ["The", "minister", "said", "on", "Monday", "that", "talks", "with", "Algeria", "would", "resume", "in", "Doha", "."];
        var used = new SentenceAnalyzer(GrammarModel.Transition, WordLexicons.Default);
        var random = new Random(5);
        var scratch = new SentenceGrammar(8);
        for (int i = 0; i < 2_000; i++)
        {
            // forms that differ by a letter or by case from the sentence's, and long ones that are not kept
            var forms = Enumerable.Range(0, 8).Select(_ => Variant(sentence[random.Next(sentence.Length)], random)).ToList();
            used.Analyze(forms, scratch);
        }
        var expected = new SentenceGrammar(sentence.Length);
        new SentenceAnalyzer(GrammarModel.Transition, WordLexicons.Default).Analyze(sentence, expected);
        for (int round = 0; round < 2; round++)
        {
            var actual = new SentenceGrammar(sentence.Length);
            used.Analyze(sentence, actual);
            Assert.Equal(expected.Classes, actual.Classes);
            Assert.Equal(expected.Heads, actual.Heads);
            Assert.Equal(expected.Labels, actual.Labels);
        }
    }

    private static string Variant(string word, Random random) => random.Next(4) switch
    {
        0 => word.ToUpperInvariant(),
        1 => word + (char)('a' + random.Next(26)),
        2 => word + new string('x', 20 + random.Next(5)),
        _ => (char)('a' + random.Next(26)) + word[1..],
    };
}
