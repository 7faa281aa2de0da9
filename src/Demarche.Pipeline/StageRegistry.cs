using Demarche.Actors;
using Demarche.Actors.Lexicon;
using Demarche.Core;
using Demarche.Core.Data;
using Demarche.Events;
using Demarche.Grammar;
using Demarche.Places;
using Demarche.Quantities;
using Demarche.Quotes;
using Demarche.Segmentation;
using Demarche.Stances;

namespace Demarche.Pipeline;

/// <summary>What every stage's factory may be given: the user's dictionary folder (actors and events), if any.</summary>
public sealed record PipelineOptions(string? UserDictionary = null);

/// <summary>A stage under its name: its declaration (layers required, used, assigned) and how to make it.</summary>
public sealed record StageRegistration(StageDeclaration Declaration, Func<PipelineOptions, IAnnotator> Create)
{
    public string Name => Declaration.Name;
}

/// <summary>
/// The stages by name, in the order data flows through them (as spaCy's registered factories): the default
/// pipeline is every registered stage, and a caller may leave some out by name (<see cref="Build"/>), add its own
/// stage before or after another, or replace one (another event coder) without touching the others.
/// </summary>
public sealed class StageRegistry
{
    private readonly List<StageRegistration> _stages = [];

    /// <summary>A new registry with Demarche's stages; changing it changes no other registry.</summary>
    public static StageRegistry CreateDefault() => new StageRegistry()
        .Register(SegmentationAnnotator.Stage, _ => new SegmentationAnnotator())
        .Register(GrammarAnnotator.Stage, _ => new GrammarAnnotator())
        .Register(ActorsAnnotator.Stage, o => new ActorsAnnotator(o.UserDictionary, GazetteerPlaceCountries.Default))
        .Register(EventAnnotator.Stage, o => new EventAnnotator(
            (o.UserDictionary ?? ActorLexiconLoader.UserFolderFromEnvironment()) is { } folder ? EventDictionary.WithUserFolder(folder) : null))
        .Register(TargetInferenceAnnotator.Stage, _ => new TargetInferenceAnnotator())
        .Register(LocationAnnotator.Stage, _ => new LocationAnnotator())
        .Register(QuoteAnnotator.Stage, _ => new QuoteAnnotator())
        .Register(StanceAnnotator.Stage, _ => new StanceAnnotator())
        .Register(QuantityAnnotator.Stage, _ => new QuantityAnnotator());

    public IReadOnlyList<StageRegistration> Stages => _stages;
    public IEnumerable<string> Names => _stages.Select(s => s.Name);

    public StageRegistration? Find(string name) => _stages.Find(s => s.Name == name);

    /// <summary>Adds a stage at the end, or right <paramref name="before"/> or <paramref name="after"/> a registered one.</summary>
    public StageRegistry Register(StageDeclaration declaration, Func<PipelineOptions, IAnnotator> create, string? before = null, string? after = null)
    {
        if (Find(declaration.Name) is not null)
            throw new PipelineConfigurationException($"a stage named '{declaration.Name}' is already registered (use Replace)");
        int at = before is not null ? IndexOf(before) : after is not null ? IndexOf(after) + 1 : _stages.Count;
        _stages.Insert(at, new StageRegistration(declaration, create));
        return this;
    }

    /// <summary>Puts another stage in the place of a registered one (its name may differ).</summary>
    public StageRegistry Replace(string name, StageDeclaration declaration, Func<PipelineOptions, IAnnotator> create)
    {
        int at = IndexOf(name);
        if (declaration.Name != name && Find(declaration.Name) is not null)
            throw new PipelineConfigurationException($"a stage named '{declaration.Name}' is already registered");
        _stages[at] = new StageRegistration(declaration, create);
        return this;
    }

    /// <summary>
    /// The pipeline of every registered stage but the disabled ones (names, or comma lists of names). An unknown
    /// name, or a disabled stage that a kept one requires, is a <see cref="PipelineConfigurationException"/>
    /// whose message says what to do; the stages are made only after the plan is sound.
    /// </summary>
    public AnalysisPipeline Build(PipelineOptions? options = null, IEnumerable<string>? disabled = null, bool checkLayerReads = false)
    {
        var kept = Kept(disabled ?? []);
        var builder = new PipelineBuilder();
        foreach (var stage in kept)
        {
            IAnnotator annotator;
            using (StartupTrace.Step($"stage {stage.Name}: made"))
                annotator = stage.Create(options ?? new PipelineOptions());
            if (annotator.Name != stage.Name || annotator.Requires != stage.Declaration.Requires
                || annotator.Assigns != stage.Declaration.Assigns || annotator.Uses != stage.Declaration.Uses)
                throw new PipelineConfigurationException($"stage '{stage.Name}' was registered with other layers than its annotator '{annotator.Name}' declares");
            builder.Add(annotator);
        }
        return builder.Build(checkLayerReads);
    }

    /// <summary>Checks the disabled names and the pipeline that is left, making no stage (see <see cref="Build"/> for the errors).</summary>
    public void Check(IEnumerable<string> disabled) => _ = Kept(disabled);

    private List<StageRegistration> Kept(IEnumerable<string> disabled)
    {
        var off = ParseNames(disabled);
        var kept = _stages.Where(s => !off.Contains(s.Name)).ToList();
        if (StagePlan.FirstProblem(_stages, kept) is { } problem)
            throw new PipelineConfigurationException(problem);
        return kept;
    }

    /// <summary>"stances", "quotes,stances" → the names, each checked against the registry.</summary>
    public HashSet<string> ParseNames(IEnumerable<string> names)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (Find(name) is null)
                throw new PipelineConfigurationException($"unknown stage '{name}'; the stages are {string.Join(", ", Names)}");
            result.Add(name);
        }
        return result;
    }

    private int IndexOf(string name)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        return i >= 0 ? i : throw new PipelineConfigurationException($"unknown stage '{name}'; the stages are {string.Join(", ", Names)}");
    }
}

/// <summary>A pipeline that cannot be built as asked: an unknown stage, a missing requirement, a wrong order.</summary>
public sealed class PipelineConfigurationException(string message) : InvalidOperationException(message);
