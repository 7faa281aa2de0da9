using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Contract;
using Demarche.Input;

namespace Demarche.Pipeline.Tests;

/// <summary>Stages by name: the default pipeline, --disable, the checks of order and requirements, a third party's stage.</summary>
public sealed class StageRegistryTests
{
    private const string Text = """
        Kenya and Uganda signed a trade agreement in Nairobi on Tuesday. "We will reopen the border crossing at Busia
        within a week," Kenyan President William Ruto said. Uganda's foreign minister said his government opposed any new
        tariffs on maize. Twelve people were killed in clashes near the border last month, police said.
        """;

    private static RawDocument Raw => new() { Source = "t", Content = Text, Format = ContentFormat.Text };

    [Fact]
    public void TheDefaultPipelineIsEveryRegisteredStageInOrder()
    {
        var registry = StageRegistry.CreateDefault();
        Assert.Equal(
            ["segmentation", "grammar", "actors", "events", "event-targets", "locations", "quotes", "stances", "quantities"],
            registry.Names);
        Assert.Equal(registry.Names, registry.Build().Annotators.Select(a => a.Name));
    }

    [Fact]
    public void DisabledStancesLeaveAnEmptyStancesArrayAndTheRestIntact()
    {
        var analyzer = Analyzer.Create(new PipelineOptions(), ["stances"]);
        var doc = analyzer.Analyze(Raw, new AnalyzeOptions()).Document!;
        Assert.Empty(doc.Stances);
        Assert.NotEmpty(doc.Events);
        Assert.NotEmpty(doc.Quotes);
        Assert.Contains("\"stances\":[]", AnalysisJson.Serialize(doc, false));
    }

    [Fact]
    public void NamesMayBeRepeatedOrCommaSeparated()
    {
        var pipeline = StageRegistry.CreateDefault().Build(disabled: ["stances,quantities", " quotes "]);
        Assert.DoesNotContain(pipeline.Annotators, a => a.Name is "stances" or "quantities" or "quotes");
        Assert.Equal(6, pipeline.Annotators.Count);
    }

    [Fact]
    public void AnUnknownNameListsTheStages()
    {
        var e = Assert.Throws<PipelineConfigurationException>(() => StageRegistry.CreateDefault().Build(disabled: ["stance"]));
        Assert.Equal("unknown stage 'stance'; the stages are segmentation, grammar, actors, events, event-targets, locations, quotes, stances, quantities", e.Message);
    }

    [Fact]
    public void DisablingAStageOthersRequireSaysWhichToDisableToo()
    {
        var e = Assert.Throws<PipelineConfigurationException>(() => StageRegistry.CreateDefault().Build(disabled: ["actors"]));
        Assert.StartsWith("stage 'events' requires layer '", e.Message);
        Assert.Contains("assigned by 'actors', which is disabled; disable 'events', 'event-targets', 'locations', 'stances' too, or keep 'actors'", e.Message);
        // as told: the rest runs, and quotes (which use the actors when present) still find what was said
        var doc = Analyzer.Create(new PipelineOptions(), ["actors", "events", "event-targets", "locations", "stances"]).Analyze(Raw, new AnalyzeOptions()).Document!;
        Assert.Empty(doc.Actors);
        Assert.NotEmpty(doc.Quotes);
        Assert.All(doc.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void AStageBeforeWhatItUsesIsRefused()
    {
        var registry = StageRegistry.CreateDefault();
        var stances = registry.Find("stances")!;
        registry.Replace("stances", new StageDeclaration("early-stances", Layer.Tokens | Layer.Sentences, Layer.Stances, Layer.Quotes), stances.Create);
        var quotes = registry.Find("quotes")!;
        var moved = new StageRegistry();
        foreach (var s in registry.Stages.Where(s => s.Name != "quotes")) moved.Register(s.Declaration, s.Create);
        moved.Register(quotes.Declaration, quotes.Create);
        var e = Assert.Throws<PipelineConfigurationException>(() => moved.Build());
        Assert.Equal("stage 'early-stances' uses layer 'quotes', assigned by 'quotes', which runs after it", e.Message);
    }

    /// <summary>A third party's event coder: one verb, its sentence's first two actors. Registered in place of Demarche's.</summary>
    private sealed class SignedCoder() : DeclaredAnnotator(Stage)
    {
        public static StageDeclaration Stage { get; } = new("signed-events", Layer.Tokens | Layer.Sentences | Layer.Mentions, Layer.Events | Layer.Dates);

        public override void Annotate(Document document)
        {
            var mentions = document.Get<MentionIndex>()!;
            foreach (var s in document.Sentences)
            {
                int at = document.Text.IndexOf(" signed ", s.Start, s.End - s.Start, StringComparison.Ordinal);
                var actors = mentions.InSpan(s.Start, s.End).Select(m => m.ActorId).Distinct().ToList();
                if (at >= 0 && actors.Count >= 2)
                    document.Events.Add(new Event { Source = actors[0], Target = actors[1], Cameo = "057", Root = "05", Trigger = "signed", Sentence = SentenceRef.Of(s), Rule = "signed-coder" });
            }
            document.MarkDone(Assigns);
        }
    }

    [Fact]
    public void AThirdPartyCanReplaceTheEventCoderWithoutTouchingTheOtherStages()
    {
        var registry = StageRegistry.CreateDefault().Replace("events", SignedCoder.Stage, _ => new SignedCoder());
        var doc = Analyzer.Create(new PipelineOptions(), registry: registry).Analyze(Raw, new AnalyzeOptions()).Document!;
        var e = Assert.Single(doc.Events);
        Assert.Equal(("057", "signed-coder"), (e.Cameo, e.Rule));
        Assert.NotEmpty(doc.Quotes);
        Assert.Contains("signed-events", registry.Names);
        // and its reads are checked like Demarche's own
        var checkedPipeline = registry.Build(disabled: ["event-targets", "locations", "quotes", "stances", "quantities"], checkLayerReads: true);
        checkedPipeline.Run(Analyzer.CreateDocumentBuilder().Build(Raw));
    }

    [Fact]
    public void AThirdPartyCanAddAStageAfterAnother()
    {
        var registry = StageRegistry.CreateDefault()
            .Register(new StageDeclaration("event-count", Layer.Events, Layer.None), _ => new EventCount(), after: "event-targets");
        Assert.Equal("event-count", registry.Names.ElementAt(5));
        var e = Assert.Throws<PipelineConfigurationException>(() => registry.Register(new StageDeclaration("events", Layer.None, Layer.None), _ => new EventCount()));
        Assert.Contains("already registered", e.Message);
        var doc = Analyzer.Create(new PipelineOptions(), registry: registry).Analyze(Raw, new AnalyzeOptions()).Document!;
        Assert.Equal(doc.Events.Count, doc.Get<EventCount.Total>()!.Count);
    }

    private sealed class EventCount : IAnnotator
    {
        [DocumentLayer(Layer.None)]
        public sealed record Total(int Count);
        public string Name => "event-count";
        public Layer Requires => Layer.Events;
        public Layer Assigns => Layer.None;
        public void Annotate(Document document) => document.Set(new Total(document.Events.Count));
    }
}
