using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Pipeline;

/// <summary>An ordered list of annotators whose requirements were checked when it was built.</summary>
public sealed class AnalysisPipeline
{
    private readonly IReadOnlyList<IAnnotator> _annotators;

    internal AnalysisPipeline(IReadOnlyList<IAnnotator> annotators) => _annotators = annotators;

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    public void Run(Document document) => Run(document, null);

    /// <summary>Runs every annotator; with a budget meter, checks it after each one (throws <see cref="AnalysisBudgetExceededException"/>).</summary>
    public void Run(Document document, AnalysisBudget.Meter? budget) => Run(document, budget, null);

    /// <summary>As <see cref="Run(Document, AnalysisBudget.Meter?)"/>; with a profile, adds each annotator's time to it.</summary>
    public void Run(Document document, AnalysisBudget.Meter? budget, StageProfile? profile)
    {
        var start = profile is null ? default : StageProfile.Mark();
        foreach (var annotator in _annotators)
        {
            annotator.Annotate(document);
            if (profile is not null) start = profile.Add(annotator.Name, start);
            budget?.Check(document, annotator.Name);
        }
    }
}

/// <summary>Builds a pipeline; every stage is registered here, in the order data flows.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    public AnalysisPipeline Build()
    {
        var have = Layer.Text;
        foreach (var a in _annotators)
        {
            var missing = a.Requires & ~have;
            if (missing != Layer.None)
                throw new InvalidOperationException($"annotator '{a.Name}' requires {missing}, which no earlier annotator assigns");
            have |= a.Assigns;
        }
        return new AnalysisPipeline(_annotators.ToArray());
    }
}
