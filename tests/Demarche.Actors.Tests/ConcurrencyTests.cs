using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;

namespace Demarche.Actors.Tests;

/// <summary>One compiled lexicon serves every ingest worker: readers on many threads must see it whole from the first call.</summary>
public sealed class ConcurrencyTests
{
    private const string Text =
        "The European Union met in Brussels on Friday. The bloc said it would extend its sanctions on Belarus. " +
        "Prime Minister Keir Starmer said Britain would follow, and the agency warned of delays.";

    [Fact]
    public void A_fresh_lexicon_used_by_many_threads_at_once_gives_the_same_actors_as_one_thread()
    {
        for (int round = 0; round < 3; round++)
        {
            var lexicon = CompiledLexicon.Compile(ActorLexiconLoader.Load(null, null, DataDirectory.File("actors", "persons.sample.yaml")));
            var results = new string[8];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var doc = TestLexicon.Analyse(Text, lexicon: lexicon);
                results[i] = string.Join(" | ", doc.Actors.Select(a => a.Id + ":" + string.Join(",", a.Mentions.Select(m => m.Text))));
            });
            var expected = TestLexicon.Analyse(Text, lexicon: lexicon);
            var one = string.Join(" | ", expected.Actors.Select(a => a.Id + ":" + string.Join(",", a.Mentions.Select(m => m.Text))));
            Assert.Contains("the bloc", one, StringComparison.OrdinalIgnoreCase);
            Assert.All(results, r => Assert.Equal(one, r));
        }
    }
}
