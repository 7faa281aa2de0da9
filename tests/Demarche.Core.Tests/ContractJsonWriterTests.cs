using System.Text.Json;
using Demarche.Core.Contract;
using Demarche.Core.Model;

namespace Demarche.Core.Tests;

/// <summary>
/// The contract's JSON written property by property (<see cref="ContractJsonWriter"/>) is what System.Text.Json
/// writes for the same objects with the contract's settings, byte for byte: every property, nulls, dates, numbers
/// and escapes (a property added to a contract type and not to the writer fails here).
/// </summary>
public sealed class ContractJsonWriterTests
{
    private static Document Full()
    {
        var d = new Document(new DocumentInfo { Id = "d1", Source = "a \"b\".txt", Title = "Título <b> & ü", Url = "https://x.org/?a=1&b=2", Published = new DateOnly(2026, 3, 4) },
            "Text with \"quotes\", \\ and \u2028 and emoji \U0001F600.\nNext line.", [new Repair(1, 5, RepairKind.GluedWords, "ab", "a b")]);
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Code = "FRAGOV", Affiliation = null, Mentions = [new Mention(0, 6, "France") { Via = "hidden" }] });
        d.Actors.Add(new Actor { Id = "x", Name = "X", Kind = ActorKind.Person });
        d.Events.Add(new Event
        {
            Source = "FRA", Target = "DEU", Cameo = "042", Root = "04", Plover = "CONSULT", Quad = 1, Goldstein = 1.9, Negated = true, Hypothetical = false,
            Date = new DateOnly(2026, 3, 1), DatePrecision = DatePrecisions.Day, Trigger = "visited",
            Location = new EventLocation("Paris", "FRA", null, 48.8566, 2.3522, 10, 15), Sentence = new SentenceRef(0, 40), Rule = "r1",
        });
        d.Events.Add(new Event { Source = "FRA", Cameo = "010", Root = "01", Goldstein = -0.1e-7, Trigger = "said", Sentence = new SentenceRef(1, 2), Rule = "r2" });
        d.Quotes.Add(new Quote { Text = "We \"agree\"", Start = 3, End = 9, Kind = QuoteKind.Indirect, Speaker = "FRA", SpeakerText = "France", Cue = "said" });
        d.Quotes.Add(new Quote { Text = "q", Start = 0, End = 1 });
        d.Quantities.Add(new Quantity { Value = 1234567890123.5, Approximate = true, Qualifier = "about", Min = 3, Unit = "people", Category = QuantityCategory.Killed, Subject = "civilians", Start = 1, End = 2, Event = 0, Actor = "FRA", Total = 12.25 });
        d.Quantities.Add(new Quantity { Value = 0.1, Category = QuantityCategory.Other });
        d.Stances.Add(new Stance { Holder = "FRA", Topic = "sanctions", TopicKey = "sanction", Target = "RUS", Polarity = StancePolarity.Oppose, Strength = StanceStrength.Strong, Evidence = new Evidence(4, 8) });
        d.Stances.Add(new Stance { Holder = "x", Topic = "t", Polarity = StancePolarity.Support, Evidence = new Evidence(0, 1) });
        return d;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADocumentIsWrittenAsTheSerializerWritesIt(bool indented)
    {
        var options = indented ? new JsonSerializerOptions(AnalysisJson.Options) { WriteIndented = true } : AnalysisJson.Options;
        foreach (var d in new[] { Full(), new Document(new DocumentInfo(), "") })
        {
            var expected = JsonSerializer.Serialize(AnalysisJson.ToContract(d), options);
            Assert.Equal(expected, AnalysisJson.Serialize(d, indented));
            using var bytes = AnalysisJson.SerializeToBytes(d, indented);
            var text = new StringWriter();
            bytes.WriteTo(text);
            Assert.Equal(expected, text.ToString());
        }
    }

    [Fact]
    public void AnErrorIsWrittenAsTheSerializerWritesIt()
    {
        Assert.Equal(JsonSerializer.Serialize(new AnalysisJson.ErrorObject(AnalysisJson.Schema, new AnalysisJson.ErrorDocument("i", "s<1>", null, "u"), "bad \"input\""), AnalysisJson.Options),
            AnalysisJson.SerializeError("s<1>", "bad \"input\"", "i", null, "u"));
        Assert.Equal(JsonSerializer.Serialize(new AnalysisJson.ErrorObject(AnalysisJson.Schema, new AnalysisJson.ErrorDocument(null, "s", null, null), "e"), AnalysisJson.Options),
            AnalysisJson.SerializeError("s", "e"));
    }
}
