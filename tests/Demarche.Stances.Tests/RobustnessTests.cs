namespace Demarche.Stances.Tests;

/// <summary>Quotes and stances never throw, whatever marks, blanks and fragments the text holds, and every offset stays in it.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "-", "(", ")",
        "said", "told", "according to", "he", "she", "it", "the", "cable", "read", "Norway", "Lena Varga", "opposes",
        "urged", "not to", "recognise", "lobbied", "against", "the conference", "we", "support", "and", "plans to",
        "a diplomat", "who", "that", "called on", "end to", "so-called", "Israel’s", "don’t", "’90s", "s’",
    ];

    [Fact]
    public void RandomTextsNeverThrow()
    {
        var random = new Random(20251124);
        for (int n = 0; n < 800; n++)
        {
            var parts = new List<string>();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++) parts.Add(Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            var doc = Pipeline.Run(text);
            foreach (var q in doc.Quotes)
            {
                Assert.InRange(q.Start, 0, q.End);
                Assert.InRange(q.End, q.Start, text.Length);
                Assert.Equal(q.Text, text[q.Start..q.End]);
            }
            foreach (var s in doc.Stances)
            {
                Assert.InRange(s.Evidence.Start, 0, s.Evidence.End);
                Assert.InRange(s.Evidence.End, s.Evidence.Start, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(s.Topic));
            }
        }
    }

    [Fact]
    public void EmptyAndBlankTextsGiveNothing()
    {
        foreach (var text in new[] { "", " ", "\n\n", "“", "”", "\"\"", "‘’", "« »" })
        {
            var doc = Pipeline.Run(text);
            Assert.Empty(doc.Stances);
            Assert.All(doc.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
        }
    }
}
