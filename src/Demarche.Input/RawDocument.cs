namespace Demarche.Input;

public enum ContentFormat
{
    Text,
    Html,
}

/// <summary>One document as read from the input, before any cleaning.</summary>
public sealed record RawDocument
{
    public required string Source { get; init; }
    public required string Content { get; init; }
    public required ContentFormat Format { get; init; }
    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>A date to use when neither <see cref="Published"/> nor the page gives one (e.g. a WARC record's crawl date).</summary>
    public DateOnly? FallbackPublished { get; init; }
}

/// <summary>An input that could not be read, with a message a user can act on.</summary>
public sealed record InputError(string Source, string Message);

/// <summary>What the reader yields: a document or an error, never both.</summary>
public readonly record struct InputItem(RawDocument? Document, InputError? Error)
{
    public static implicit operator InputItem(RawDocument d) => new(d, null);
    public static implicit operator InputItem(InputError e) => new(null, e);
}
