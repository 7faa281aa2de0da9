using Demarche.Core;
using Demarche.Core.Data;
using Demarche.Core.Model;

namespace Demarche.Pipeline;

/// <summary>An ordered list of annotators whose requirements were checked when it was built.</summary>
public sealed class AnalysisPipeline
{
    private readonly IReadOnlyList<IAnnotator> _annotators;
    private int _runs;

    internal AnalysisPipeline(IReadOnlyList<IAnnotator> annotators) => _annotators = annotators;

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    /// <summary>
    /// When set, each stage may read only the layers it declares (required, used or assigned): reading another
    /// throws <see cref="UndeclaredLayerReadException"/>. The tests run every stage so; analysis does not need it.
    /// </summary>
    public bool CheckLayerReads { get; init; }

    public void Run(Document document) => Run(document, null);

    /// <summary>Runs every annotator; with a budget meter, checks it after each one (throws <see cref="AnalysisBudgetExceededException"/>).</summary>
    public void Run(Document document, AnalysisBudget.Meter? budget) => Run(document, budget, null);

    /// <summary>As <see cref="Run(Document, AnalysisBudget.Meter?)"/>; with a profile, adds each annotator's time to it.</summary>
    public void Run(Document document, AnalysisBudget.Meter? budget, StageProfile? profile)
    {
        var start = profile is null ? default : StageProfile.Mark();
        bool first = Interlocked.Exchange(ref _runs, 1) == 0;
        foreach (var annotator in _annotators)
        {
            document.TakeLayersRead();
            using (first ? StartupTrace.Step($"stage {annotator.Name}: first document") : default)
                annotator.Annotate(document);
            if (profile is not null) start = profile.Add(annotator.Name, start);
            if (CheckLayerReads) CheckReads(annotator, document.TakeLayersRead());
            budget?.Check(document, annotator.Name);
        }
    }

    private static void CheckReads(IAnnotator annotator, Layer read)
    {
        var undeclared = read & ~(Layer.Text | annotator.Requires | annotator.Uses | annotator.Assigns);
        if (undeclared != Layer.None)
            throw new UndeclaredLayerReadException(
                $"stage '{annotator.Name}' read layer {LayerNames.Quoted(undeclared)}, which it does not declare (requires, uses or assigns)");
    }
}

/// <summary>A stage read a layer it does not declare (found with <see cref="AnalysisPipeline.CheckLayerReads"/>).</summary>
public sealed class UndeclaredLayerReadException(string message) : InvalidOperationException(message);

/// <summary>Builds a pipeline from annotators in the order given, checking that each one's requirements come before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    public AnalysisPipeline Build() => Build(checkLayerReads: false);

    /// <param name="checkLayerReads">see <see cref="AnalysisPipeline.CheckLayerReads"/></param>
    public AnalysisPipeline Build(bool checkLayerReads)
    {
        var declarations = _annotators.Select(a => new StageDeclaration(a.Name, a.Requires, a.Assigns, a.Uses)).ToList();
        if (StagePlan.FirstGap(declarations) is var (stage, layer, late))
            throw new PipelineConfigurationException(late
                ? $"stage '{stage.Name}' uses layer '{LayerNames.Name(layer)}', which a later stage assigns: put that stage before it"
                : $"stage '{stage.Name}' requires layer '{LayerNames.Name(layer)}', which no earlier stage assigns");
        return new AnalysisPipeline(_annotators.ToArray()) { CheckLayerReads = checkLayerReads };
    }
}
