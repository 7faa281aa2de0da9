namespace Demarche.Html;

/// <summary>The main content of a web page: its text with one blank line between blocks, and what the page says of itself.</summary>
public sealed record ExtractedArticle(string Text, string? Title, string? Url, DateOnly? Published);
