using Demarche.Places;
using Demarche.Store;

namespace Demarche.Web.Api;

/// <summary>
/// The query string of the event lists: the CLI's filters (country: ISO alpha-3 of where the event happened; near: a place's
/// name or "latitude,longitude", within km, default 50), a sort (date, goldstein, quad, cameo; '-' first for descending) and a page.
/// </summary>
public sealed record EventQueryParameters(
    string? Actor = null, string? With = null, string? Source = null, string? Target = null, string? Code = null, string? Plover = null,
    int? Quad = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, bool? Negated = null, bool? Hypothetical = null,
    string? Country = null, string? Near = null, double? Km = null,
    string? Sort = null, string? Cursor = null, int? Limit = null)
{
    /// <exception cref="FormatException">A place that the gazetteer does not know, or a distance that is not positive (a 400).</exception>
    public EventFilter Filter => new()
    {
        Actor = Blank(Actor), With = Blank(With), Source = Blank(Source), Target = Blank(Target), Code = Blank(Code), Plover = Blank(Plover),
        Quad = Quad, From = From, To = To, Text = Blank(Text), IncludeNegated = Negated ?? false, IncludeHypothetical = Hypothetical ?? false,
        Country = Blank(Country), Near = NearPoint(), NearKm = Km is null or > 0 ? Km ?? 50 : throw new FormatException("km must be a positive number"),
    };

    private (double Lat, double Lon)? NearPoint() => Blank(Near) is not { } near ? null
        : PlaceLookup.Point(Gazetteer.Default, near) ?? throw new FormatException($"near: no place called '{near}' in the gazetteer, nor a latitude,longitude");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
