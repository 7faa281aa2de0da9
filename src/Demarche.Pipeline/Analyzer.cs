using Demarche.Input;
using Demarche.Cleaning;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Language;

namespace Demarche.Pipeline;

public sealed record AnalyzeOptions(DateOnly? Date = null, string? Url = null);

/// <summary>The result of analysing one input: a document, or an error message a user can act on.</summary>
public sealed record AnalysisResult(string Source, Document? Document, string? Error, string? Id = null)
{
    /// <summary>True when the caller's <c>skip</c> test said the clean document need not be analysed (already stored).</summary>
    public bool Skipped { get; init; }
    /// <summary>A message for the user about a document that was read but not analysed (written in another language).</summary>
    public string? Notice { get; init; }
}

/// <summary>Runs raw documents through cleaning and the annotator pipeline; never throws for bad input.</summary>
public sealed class Analyzer
{
    private readonly DocumentBuilder _builder;
    private readonly AnalysisPipeline _pipeline;
    private readonly LanguageDetector? _language;
    private int _documents;

    /// <param name="language">tells a document's language; without it every document is taken as English and analysed</param>
    public Analyzer(DocumentBuilder builder, AnalysisPipeline pipeline, LanguageDetector? language = null)
    {
        _builder = builder;
        _pipeline = pipeline;
        _language = language;
    }

    /// <summary>
    /// The standard pipeline: every registered stage (<see cref="StageRegistry.CreateDefault"/>). A user dictionary folder
    /// (YAML files that add or override actors and events) may be given; without it the DEMARCHE_USER_DICT folder is used, if set.
    /// </summary>
    public static Analyzer CreateDefault(string? userDictionary = null) => Create(new PipelineOptions(userDictionary));

    /// <summary>
    /// The pipeline of a registry's stages (the default one unless given) but the disabled ones, by name: "stances" or
    /// "quotes,stances". An unknown name or a disabled stage that another needs is a <see cref="PipelineConfigurationException"/>.
    /// </summary>
    public static Analyzer Create(PipelineOptions options, IEnumerable<string>? disabled = null, StageRegistry? registry = null)
    {
        using var _ = StartupTrace.Step("analyzer made");
        return new(CreateDocumentBuilder(), (registry ?? StageRegistry.CreateDefault()).Build(options, disabled), EnglishAwareDetector);
    }

    /// <summary>Lingua, with the grammar's lexicon as a second opinion on short texts it gives to another language.</summary>
    private static readonly LanguageDetector EnglishAwareDetector = new() { EnglishWord = w => Demarche.Grammar.PosLexicon.Default.Knows(w) };

    /// <summary>Raw input to a clean document (HTML extraction and text cleaning), as every command builds it.</summary>
    public static DocumentBuilder CreateDocumentBuilder() => new(new HtmlArticleExtractor(), new TextCleaner());

    /// <summary>What one document may cost (time and tokens); past it the document fails and the next one is analysed.</summary>
    public AnalysisBudget Budget { get; init; } = AnalysisBudget.Default;

    /// <summary>When set, the time of cleaning, language detection and each stage is added to it (<c>analyze --profile</c>).</summary>
    public StageProfile? Profile { get; set; }

    public AnalysisResult Analyze(InputItem item, AnalyzeOptions options) => Analyze(item, options, skip: null);

    /// <summary>Analyses one input; when <paramref name="skip"/> says yes for the clean document, the annotators are not run.</summary>
    public AnalysisResult Analyze(InputItem item, AnalyzeOptions options, Predicate<Document>? skip)
    {
        if (item.Error is { } e)
            return new AnalysisResult(e.Source, null, e.Message);
        var raw = item.Document!;
        try
        {
            var meter = Budget.Start(raw.Content.Length);
            var profile = Profile;
            var start = profile is null ? default : StageProfile.Mark();
            bool first = Interlocked.Exchange(ref _documents, 1) == 0;
            Document doc;
            using (first ? StartupTrace.Step("first document: read and cleaned") : default)
                doc = _builder.Build(raw, options.Date, options.Url);
            if (profile is not null) start = profile.Add("cleaning", start);
            if (skip?.Invoke(doc) == true)
                return new AnalysisResult(raw.Source, doc, null) { Skipped = true };
            meter.Check(doc, "cleaning");
            string? detected;
            using (first ? StartupTrace.Step("first document: language") : default)
                detected = _language?.Detect(doc.Text);
            if (profile is not null && _language is not null) profile.Add("language", start);
            if (detected is { } language and not LanguageDetector.English)
            {
                // stored and searchable as it is; the readers of actors and events know English only
                doc.WithInfo(doc.Info with { Language = language });
                return new AnalysisResult(raw.Source, doc, null)
                {
                    Notice = $"written in {LanguageDetector.NameOf(language)} ({language}): kept without extraction (Demarche reads events in English only)",
                };
            }
            _pipeline.Run(doc, meter, profile);
            profile?.CountDocument(doc.Sentences.Count);
            return new AnalysisResult(raw.Source, doc, null);
        }
        catch (Exception ex) when (ex is DocumentRejectedException or AnalysisBudgetExceededException)
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
