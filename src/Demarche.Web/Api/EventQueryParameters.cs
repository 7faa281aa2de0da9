using Demarche.Store;

namespace Demarche.Web.Api;

/// <summary>The query string of the event lists: the CLI's filters, a sort (date, goldstein, quad, cameo; '-' first for descending) and a page.</summary>
public sealed record EventQueryParameters(
    string? Actor = null, string? With = null, string? Source = null, string? Target = null, string? Code = null, string? Plover = null,
    int? Quad = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, bool? Negated = null, bool? Hypothetical = null,
    string? Sort = null, string? Cursor = null, int? Limit = null)
{
    public EventFilter Filter => new()
    {
        Actor = Blank(Actor), With = Blank(With), Source = Blank(Source), Target = Blank(Target), Code = Blank(Code), Plover = Blank(Plover),
        Quad = Quad, From = From, To = To, Text = Blank(Text), IncludeNegated = Negated ?? false, IncludeHypothetical = Hypothetical ?? false,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
