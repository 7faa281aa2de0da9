using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Tests;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// Every registered stage, run with only the stages it declares before it, on the bundled samples, a written news
/// text and (when ../shared is present) the dev articles, reads no layer it does not declare: the pipeline's read check (<see cref="AnalysisPipeline.CheckLayerReads"/>,
/// fed by the document's layer accessors) throws on the first undeclared read.
/// </summary>
public sealed class StageDeclarationTests
{
    private const string News = """
        Kenya and Uganda reopen border after talks

        NAIROBI, March 4 (Wire) - Kenya and Uganda signed a trade agreement in Nairobi on Tuesday, ending a dispute over
        maize tariffs. "We will reopen the border crossing at Busia within a week," Kenyan President William Ruto said.
        Uganda's foreign minister said his government opposed any new tariffs on maize and welcomed the deal.
        Twelve people were killed in clashes near the border last month, police said. The European Union urged both
        governments to respect the agreement, and Tanzania criticised the talks.
        """;

    private static readonly Lazy<List<Document>> Documents = new(() =>
    {
        var builder = Analyzer.CreateDocumentBuilder();
        var reader = new InputReader();
        var files = Directory.EnumerateFiles(Path.Combine(SharedFolder.RepoRoot, "samples")).ToList();
        // and, when ../shared is beside the clone, the dev articles (the held-out ones, 03 06 09 12, left for measuring)
        if (SharedFolder.Path is { } shared && Directory.Exists(Path.Combine(shared, "examples", "dev")))
            files.AddRange(Directory.EnumerateFiles(Path.Combine(shared, "examples", "dev"))
                .Where(f => Path.GetExtension(f) is ".txt" or ".html" && Path.GetFileName(f)[..2] is not ("03" or "06" or "09" or "12")));
        var raws = files.Order(StringComparer.Ordinal).SelectMany(reader.Read).Select(i => i.Document!).ToList();
        raws.Add(new RawDocument { Source = "news", Content = News, Format = ContentFormat.Text });
        return raws.Select(r => builder.Build(r)).ToList();
    });

    public static TheoryData<string> StageNames() => [.. StageRegistry.CreateDefault().Names];

    [Theory]
    [MemberData(nameof(StageNames))]
    public void StageReadsOnlyTheLayersItDeclares(string name)
    {
        var registry = StageRegistry.CreateDefault();
        var pipeline = registry.Build(disabled: AllBut(registry, WithPrerequisites(registry, name, withUsed: true)), checkLayerReads: true);
        Assert.Equal(name, pipeline.Annotators[^1].Name);
        foreach (var document in Documents.Value)
            pipeline.Run(Copy(document));
    }

    [Theory]
    [MemberData(nameof(StageNames))]
    public void StageRunsWithOnlyWhatItRequires(string name)
    {
        var registry = StageRegistry.CreateDefault();
        var pipeline = registry.Build(disabled: AllBut(registry, WithPrerequisites(registry, name, withUsed: false)), checkLayerReads: true);
        foreach (var document in Documents.Value)
            pipeline.Run(Copy(document));
    }

    [Fact]
    public void TheWholePipelineReadsOnlyDeclaredLayers()
    {
        var pipeline = StageRegistry.CreateDefault().Build(checkLayerReads: true);
        foreach (var document in Documents.Value)
        {
            var copy = Copy(document);
            pipeline.Run(copy);
            Assert.True(copy.Has(Layer.Actors | Layer.Events | Layer.Quotes | Layer.Stances | Layer.Quantities | Layer.Locations));
        }
        Assert.Contains(Documents.Value.Select(Copy), d => { pipeline.Run(d); return d.Events.Count > 0 && d.Quotes.Count > 0 && d.Stances.Count > 0; });
    }

    private sealed class ReadsActorsUndeclared : IAnnotator
    {
        public string Name => "sneaky";
        public Layer Requires => Layer.Tokens;
        public Layer Assigns => Layer.Quantities;
        public void Annotate(Document document) => _ = document.Actors.Count + document.Get<MentionIndex>()?.All.Count;
    }

    [Fact]
    public void AStageThatReadsAnUndeclaredLayerIsCaught()
    {
        var registry = StageRegistry.CreateDefault()
            .Register(new StageDeclaration("sneaky", Layer.Tokens, Layer.Quantities), _ => new ReadsActorsUndeclared());
        var pipeline = registry.Build(disabled: AllBut(registry, ["segmentation", "sneaky"]), checkLayerReads: true);
        var e = Assert.Throws<UndeclaredLayerReadException>(() => pipeline.Run(Copy(Documents.Value[^1])));
        Assert.Equal("stage 'sneaky' read layer 'mentions', 'actors', which it does not declare (requires, uses or assigns)", e.Message);
    }

    /// <summary>The stage and, transitively, every earlier stage that assigns a layer it requires (and uses, if asked).</summary>
    internal static HashSet<string> WithPrerequisites(StageRegistry registry, string name, bool withUsed)
    {
        var stages = registry.Stages;
        int at = stages.ToList().FindIndex(s => s.Name == name);
        var needed = stages[at].Declaration.Requires | (withUsed ? stages[at].Declaration.Uses : Layer.None);
        var chosen = new HashSet<string> { name };
        for (int i = at - 1; i >= 0; i--)
        {
            var d = stages[i].Declaration;
            if ((d.Assigns & needed) == Layer.None) continue;
            chosen.Add(d.Name);
            needed |= d.Requires | (withUsed ? d.Uses : Layer.None);
        }
        return chosen;
    }

    internal static IEnumerable<string> AllBut(StageRegistry registry, IEnumerable<string> kept) => registry.Names.Except(kept).ToList();

    private static Document Copy(Document d) => new(d.Info, d.Text, d.Repairs);
}
