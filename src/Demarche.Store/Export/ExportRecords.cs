namespace Demarche.Store.Export;

/// <summary>One stored event mention, as read from one document. <c>Document</c> is the store's row id, <c>DocId</c> the document's own id.</summary>
public sealed record EventRecord(
    long Id, long Document, string DocId, string Source, string? Target, string? SourceKey, string? TargetKey,
    string Cameo, string Root, string? Plover, int Quad, double Goldstein, bool Negated, bool Hypothetical, DateOnly? Date,
    string Trigger, int SentenceStart, int SentenceEnd, string Rule, string? Url);

/// <summary>
/// One GDELT-style merged event: the mentions with the same source key, target key, code and date (negated and
/// hypothetical mentions left out), counted by mentions, sources and articles.
/// </summary>
public sealed record MergedEventRecord(
    long GlobalEventId, DateOnly? Date,
    string? SourceKey, string? SourceName, string? SourceCode, string? SourceKind, string? SourceCountry,
    string? TargetKey, string? TargetName, string? TargetCode, string? TargetKind, string? TargetCountry,
    string Cameo, string Root, string? Plover, int Quad, double Goldstein, int Mentions, int Sources, int Articles,
    string? Url, string Trigger, string? Sentence, DateTime? FirstAdded);

/// <summary>One actor of one document, with how often it is mentioned there.</summary>
public sealed record ActorRecord(long Document, string ActorId, string Name, string Kind, string? Country, string? Code, string? Affiliation, int Mentions);

public sealed record QuoteRecord(long Document, string Text, int Start, int End, string Kind, string? Speaker, string? SpeakerKey, string? SpeakerText, string? Cue);

public sealed record QuantityRecord(long Document, double Value, bool Approximate, string? Unit, string Category, string? Subject, int Start, int End);

public sealed record StanceRecord(long Document, string Holder, string? HolderKey, string Topic, string? Target, string Polarity, int Start, int End);

/// <summary>One stored document; <c>Text</c> is null unless it was asked for.</summary>
public sealed record DocumentRecord(
    long Id, string DocId, string? Url, string? Title, DateOnly? Published, string Source, string ContentHash,
    long? DuplicateOf, string Language, DateTime? IngestedAt, string? Text);
