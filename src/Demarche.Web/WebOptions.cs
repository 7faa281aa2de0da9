using Demarche.Pipeline;
using Demarche.Input.Feeds;
using Demarche.Input.Network;

namespace Demarche.Web;

/// <summary>How <c>demarche serve</c> runs: the store, the addresses, the token and the limits.</summary>
public sealed record WebOptions
{
    /// <summary>An SQLite file or a PostgreSQL connection string (as <c>--db</c>).</summary>
    public required string Store { get; init; }

    /// <summary>Addresses to listen on, separated by ';' (ASP.NET's --urls).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:8080";

    /// <summary>When set, every write and analyse endpoint requires it; required off loopback.</summary>
    public string? Token { get; init; }

    /// <summary>Largest request body accepted (a posted article, a form); larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>How long one document's analysis may take before the request gets a clear error.</summary>
    public TimeSpan AnalysisTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Analyses that may run at once; a request waits up to <see cref="AnalysisQueueTimeout"/> for a free one.</summary>
    public int MaxConcurrentAnalyses { get; init; } = Math.Max(1, Environment.ProcessorCount);

    public TimeSpan AnalysisQueueTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most documents one request may analyse or ingest (a feed's items).</summary>
    public int MaxDocumentsPerRequest { get; init; } = 200;

    /// <summary>Store connections kept open for requests.</summary>
    public int StoreConnections { get; init; } = 8;

    /// <summary>A folder of YAML actor files (as <c>--dict</c>).</summary>
    public string? UserDictionary { get; init; }

    /// <summary>Stages of the analysis left out, by name (as <c>--disable</c>; see <see cref="StageRegistry"/>).</summary>
    public IReadOnlyList<string> DisabledStages { get; init; } = [];

    /// <summary>The analyzer (default: <see cref="Analyzer.Create"/> with the user dictionary and the disabled stages, built once, in the background at start).</summary>
    public Func<Analyzer>? AnalyzerFactory { get; init; }

    /// <summary>Let URLs given to analyse or ingest (and their redirects) lead to loopback, private and link-local addresses (<c>serve --allow-private</c>).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>
    /// The HTTP stack for URL analysis and ingest, used for every URL and redirect (default:
    /// <see cref="PageFetcher.CreateHandler"/> with the <see cref="AddressPolicy"/>, public addresses only unless
    /// <see cref="AllowPrivateAddresses"/>; tests give theirs).
    /// </summary>
    public Func<HttpMessageHandler>? FetchHandler { get; init; }

    /// <summary>The token from --token or, without it, $DEMARCHE_TOKEN.</summary>
    public static string? TokenFrom(string? option) =>
        option is { Length: > 0 } ? option : Environment.GetEnvironmentVariable("DEMARCHE_TOKEN") is { Length: > 0 } t ? t : null;
}
