using System.CommandLine;
using Demarche.Places;
using Demarche.Store;

namespace Demarche.Cli;

/// <summary>The event filters that <c>events</c>, <c>export</c> and <c>timeline</c> share: who, what, when and where.</summary>
internal sealed class EventFilterOptions
{
    private readonly Option<string?> _actor = new("--actor") { Description = "source or target (actor id or country code)" };
    private readonly Option<string?> _source = new("--source");
    private readonly Option<string?> _target = new("--target");
    private readonly Option<string?> _code = new("--code") { Description = "CAMEO code or prefix (19, 190, 1951)" };
    private readonly Option<string?> _plover = new("--plover");
    private readonly Option<int?> _quad = new("--quad") { Description = "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict" };
    private readonly Option<string?> _from = new("--from") { Description = "events dated on or after YYYY-MM-DD" };
    private readonly Option<string?> _to = new("--to") { Description = "events dated on or before YYYY-MM-DD" };
    private readonly Option<string?> _text = new("--text") { Description = "words the event's sentence contains" };
    private readonly Option<string?> _country = new("--country") { Description = "where the event happened: ISO 3166-1 alpha-3 (UKR)" };
    private readonly Option<string?> _near = new("--near") { Description = "where the event happened: within --km of a place (Kharkiv, \"Paris, Texas\") or of latitude,longitude (49.99,36.23)" };
    private readonly Option<double> _km = new("--km") { Description = "distance for --near (default 50)", DefaultValueFactory = _ => 50 };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _actor, _source, _target, _code, _plover, _quad, _from, _to, _text, _country, _near, _km })
            command.Options.Add(o);
    }

    /// <summary>The filter asked for, or a one-line error a user can act on.</summary>
    public EventFilter? Read(ParseResult parse, int limit, out string? error)
    {
        error = null;
        if (!CommandLineApp.TryParseDate(parse.GetValue(_from), out var from) || !CommandLineApp.TryParseDate(parse.GetValue(_to), out var to))
        {
            error = "--from and --to must be YYYY-MM-DD";
            return null;
        }
        (double, double)? near = null;
        if (parse.GetValue(_near) is { } placeName)
        {
            near = PlaceLookup.Point(Gazetteer.Default, placeName);
            if (near is null)
            {
                error = $"--near: no place called '{placeName}' in the gazetteer (data/places), nor a latitude,longitude";
                return null;
            }
        }
        if (parse.GetValue(_quad) is { } quad && quad is < 1 or > 4)
        {
            error = "--quad must be 1, 2, 3 or 4 (verbal cooperation, material cooperation, verbal conflict, material conflict)";
            return null;
        }
        if (parse.GetValue(_km) is var km && (km <= 0 || double.IsNaN(km)))
        {
            error = "--km must be a positive number";
            return null;
        }
        return new EventFilter
        {
            Actor = parse.GetValue(_actor), Source = parse.GetValue(_source), Target = parse.GetValue(_target), Code = parse.GetValue(_code),
            Plover = parse.GetValue(_plover), Quad = parse.GetValue(_quad), From = from, To = to, Text = parse.GetValue(_text),
            Country = parse.GetValue(_country), Near = near, NearKm = km, Limit = limit,
        };
    }
}
