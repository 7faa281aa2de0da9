using Demarche.Input;
using Demarche.Input.Feeds;
using Demarche.Pipeline;
using Demarche.Store;
using Demarche.Input.Network;
using Demarche.Web.Security;

namespace Demarche.Web.Services;

/// <summary>What to analyse: exactly one of a text, an HTML page or an http(s) URL (a page or a feed).</summary>
public sealed record AnalysisInput
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Url { get; init; }
    /// <summary>The publication date to use (YYYY-MM-DD), e.g. to resolve "on Tuesday".</summary>
    public DateOnly? Date { get; init; }
    public string? Title { get; init; }
    /// <summary>A name for where the text came from (a file name); default "api".</summary>
    public string? Source { get; init; }
    /// <summary>For a feed URL: download each item's page when the feed holds only a summary.</summary>
    public bool Fetch { get; init; }
}

/// <summary>One stored document as an ingest reports it.</summary>
public sealed record IngestedDocument(string Source, string Outcome, long Id, long? DuplicateOf);

public sealed record InputFailure(string Source, string Error);

/// <summary>
/// Analyses posted texts, pages and URLs with the one analyzer of the process (built in the background at
/// start), at most N at once, each within a time limit; every URL and redirect is downloaded through the
/// <see cref="AddressPolicy"/> (public addresses only unless <see cref="WebOptions.AllowPrivateAddresses"/>), so
/// that no request reaches this machine's or its network's services.
/// </summary>
public sealed class AnalysisService
{
    private readonly WebOptions _options;
    private readonly Task<Analyzer> _analyzer;
    private readonly SemaphoreSlim _slots;
    private readonly PageFetcher _fetcher;

    public AnalysisService(WebOptions options)
    {
        _options = options;
        _analyzer = Task.Run(options.AnalyzerFactory ?? (() => Analyzer.Create(new PipelineOptions(options.UserDictionary), options.DisabledStages)));
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentAnalyses));
        var limits = InputLimits.Default;
        _fetcher = new PageFetcher(limits, options.FetchHandler?.Invoke() ?? PageFetcher.CreateHandler(limits, new AddressPolicy(options.AllowPrivateAddresses)));
    }

    /// <summary>Analyses without storing: the documents read from the input, and the inputs that failed.</summary>
    public async Task<(List<AnalysisResult> Documents, List<InputFailure> Failures)> AnalyzeAsync(AnalysisInput input, CancellationToken ct)
    {
        var items = await ReadAsync(input, ct);
        var documents = new List<AnalysisResult>();
        var failures = new List<InputFailure>();
        foreach (var item in items)
        {
            var result = await AnalyzeOneAsync(item, new AnalyzeOptions(input.Date), ct);
            if (result.Document is not null) documents.Add(result);
            else failures.Add(new InputFailure(result.Source, result.Error ?? "not analysed"));
        }
        if (documents.Count == 0)
            throw new ApiException(422, "Nothing could be analysed", string.Join("; ", failures.Select(f => $"{f.Source}: {f.Error}")));
        return (documents, failures);
    }

    /// <summary>Analyses and stores (each content once): what was stored, and the inputs that failed.</summary>
    public async Task<(List<IngestedDocument> Stored, List<InputFailure> Failures)> IngestAsync(AnalysisInput input, StorePool stores, CancellationToken ct)
    {
        var (documents, failures) = await AnalyzeAsync(input, ct);
        var written = await stores.UseAsync(s => new DocumentWriter(s).Write(documents.Select(d => d.Document!).ToList()), ct);
        return (written.Select(w => new IngestedDocument(w.Source, Outcome(w.Outcome), w.RowId, w.DuplicateOf)).ToList(), failures);
    }

    private static string Outcome(WriteOutcome o) => o switch
    {
        WriteOutcome.Stored => "stored",
        WriteOutcome.NearDuplicate => "near-duplicate",
        _ => "duplicate",
    };

    private async Task<List<InputItem>> ReadAsync(AnalysisInput input, CancellationToken ct)
    {
        int given = (input.Text is not null ? 1 : 0) + (input.Html is not null ? 1 : 0) + (input.Url is not null ? 1 : 0);
        if (given != 1) throw new ApiException(400, "One input needed", "give exactly one of \"text\", \"html\" or \"url\"");
        var source = string.IsNullOrWhiteSpace(input.Source) ? "api" : input.Source.Trim();
        if (input.Url is { } url)
        {
            if (!PageFetcher.IsHttpUrl(url)) throw new ApiException(400, "Not an http(s) URL", $"'{Cut(url)}' is not an http:// or https:// address");
            var reader = new InputReader(InputLimits.Default) { Fetcher = _fetcher, FetchLinkedPages = input.Fetch };
            return await Task.Run(() => reader.Read(url).Take(_options.MaxDocumentsPerRequest).ToList(), ct);
        }
        var content = input.Text ?? input.Html!;
        return
        [
            new RawDocument
            {
                Source = source, Content = content, Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title,
                Format = input.Html is not null ? ContentFormat.Html : ContentFormat.Text,
            },
        ];
    }

    private async Task<AnalysisResult> AnalyzeOneAsync(InputItem item, AnalyzeOptions options, CancellationToken ct)
    {
        var analyzer = await _analyzer.WaitAsync(ct);
        if (!await _slots.WaitAsync(_options.AnalysisQueueTimeout, ct))
            throw new ApiException(503, "Busy", $"every analysis slot has been taken for {_options.AnalysisQueueTimeout.TotalSeconds:0} s; try again later");
        // the slot is given back when the analysis ends, also when the request stopped waiting for it
        var work = Task.Run(() =>
        {
            try { return analyzer.Analyze(item, options); }
            finally { _slots.Release(); }
        }, CancellationToken.None);
        try
        {
            return await work.WaitAsync(_options.AnalysisTimeout, ct);
        }
        catch (TimeoutException)
        {
            var source = item.Document?.Source ?? item.Error?.Source ?? "input";
            throw new ApiException(422, "Analysis time limit", $"{source}: the analysis did not finish within {_options.AnalysisTimeout.TotalSeconds:0.#} s; send a shorter text");
        }
    }

    private static string Cut(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
