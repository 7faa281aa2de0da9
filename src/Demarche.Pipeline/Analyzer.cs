using Demarche.Actors;
using Demarche.Cleaning;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Input;
using Demarche.Segmentation;

namespace Demarche.Pipeline;

public sealed record AnalyzeOptions(DateOnly? Date = null, string? Url = null);

/// <summary>The result of analysing one input: a document, or an error message a user can act on.</summary>
public sealed record AnalysisResult(string Source, Document? Document, string? Error, string? Id = null);

/// <summary>Runs raw documents through cleaning and the annotator pipeline; never throws for bad input.</summary>
public sealed class Analyzer
{
    private readonly DocumentBuilder _builder;
    private readonly AnalysisPipeline _pipeline;

    public Analyzer(DocumentBuilder builder, AnalysisPipeline pipeline)
    {
        _builder = builder;
        _pipeline = pipeline;
    }

    /// <summary>The standard pipeline: every stage Demarche has, registered in one place.</summary>
    public static Analyzer CreateDefault()
    {
        var pipeline = new PipelineBuilder()
            .Add(new SegmentationAnnotator())
            .Add(new ActorsAnnotator())
            .Build();
        return new Analyzer(new DocumentBuilder(new HtmlArticleExtractor(), new TextCleaner()), pipeline);
    }

    public AnalysisResult Analyze(InputItem item, AnalyzeOptions options)
    {
        if (item.Error is { } e)
            return new AnalysisResult(e.Source, null, e.Message);
        var raw = item.Document!;
        try
        {
            var doc = _builder.Build(raw, options.Date, options.Url);
            _pipeline.Run(doc);
            return new AnalysisResult(raw.Source, doc, null);
        }
        catch (DocumentRejectedException ex)
        {
            return new AnalysisResult(raw.Source, null, ex.Message, raw.Id);
        }
        catch (InsufficientExecutionStackException)
        {
            return new AnalysisResult(raw.Source, null, "the page nests its elements too deeply to be read", raw.Id);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new AnalysisResult(raw.Source, null, $"internal error while analysing ({ex.GetType().Name}: {ex.Message})", raw.Id);
        }
    }
}
