using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Places;

/// <summary>
/// Places each event where its sentence says it happened (the place named nearest its trigger) or, failing that,
/// at the article's dateline. Reads finished events, sentences, tokens and actors; sets <c>Event.Location</c>.
/// </summary>
public sealed class LocationAnnotator(Gazetteer? gazetteer = null) : DeclaredAnnotator(Stage)
{
    private readonly Gazetteer? _given = gazetteer;
    /// <summary>The finder over the gazetteer, made at the first document (it keeps nothing of a document).</summary>
    private PlaceMentionFinder? _finder;

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("locations",
        Requires: Layer.Tokens | Layer.Sentences | Layer.Actors | Layer.Mentions | Layer.Events,
        Assigns: Layer.Locations);

    public override void Annotate(Document document)
    {
        if (document.Events.Count == 0)
        {
            document.MarkDone(Assigns);
            return;
        }
        var gazetteer = _given ?? Gazetteer.Default;
        var finder = _finder ??= new PlaceMentionFinder(gazetteer);
        var actors = document.Get<MentionIndex>();
        var actorById = document.ActorsById;
        var bySentence = new Dictionary<int, List<PlaceMention>>();
        var all = new List<PlaceMention>();
        HashSet<int>? triggerEnds = null;
        foreach (var e in document.Events)
        {
            int si = document.SentenceIndexAt(e.Sentence.Start);
            if (si < 0 || bySentence.ContainsKey(si)) continue;
            TriggerEnds(document, e.Sentence.Start, triggerEnds ??= []);
            var found = finder.Find(document, document.Sentences[si], actors, actorById, triggerEnds);
            bySentence[si] = found;
            all.AddRange(found);
        }
        var dateline = Dateline.Find(document.Text, gazetteer);
        if (dateline is not null) all.Add(dateline);
        var geo = new ArticleGeography(all, document.Actors, actors);
        var datelinePlace = dateline is null ? null : At(dateline, PlaceResolver.Choose(dateline, geo));
        for (int i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            int si = document.SentenceIndexAt(e.Sentence.Start);
            var location = si >= 0 && bySentence.TryGetValue(si, out var here) ? Nearest(document, e, here, geo) : null;
            if ((location ?? datelinePlace) is { } where) document.Events[i] = e with { Location = where };
        }
        document.MarkDone(Assigns);
    }

    /// <summary>Where the triggers of the sentence's acts on a place end, into a set the document's sentences share.</summary>
    private static void TriggerEnds(Document document, int sentenceStart, HashSet<int> ends)
    {
        ends.Clear();
        var events = document.Events;
        for (int i = 0; i < events.Count; i++)
            if (events[i] is var x && x.Sentence.Start == sentenceStart && ActsOnPlace(x)) ends.Add(TriggerStart(document, x) + x.Trigger.Length);
    }

    /// <summary>The resolved place named nearest the event's trigger in its sentence.</summary>
    private static EventLocation? Nearest(Document d, Event e, List<PlaceMention> mentions, ArticleGeography geo)
    {
        int trigger = TriggerStart(d, e);
        (PlaceMention Mention, Place Place)? best = null; // the location made for the nearest only
        int bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (PlaceResolver.Choose(m, geo) is not { } p) continue;
            int distance = Math.Abs(m.Start - trigger);
            if (distance < bestDistance) { best = (m, p); bestDistance = distance; }
        }
        return best is { } nearest ? At(nearest.Mention, nearest.Place) : null;
    }

    /// <summary>An act whose object can be a place: force, protest, a visit ("shelled Kharkiv", "visited Honiara"); not "sanctioned Iran".</summary>
    private static bool ActsOnPlace(Event e) => e.Quad == 4 || e.Root is "14" or "15" or "17" || e.Cameo.StartsWith("042", StringComparison.Ordinal);

    /// <summary>Where the event's trigger words stand in its sentence (the sentence start when they cannot be found).</summary>
    private static int TriggerStart(Document d, Event e)
    {
        int at = d.Text.IndexOf(e.Trigger, e.Sentence.Start, e.Sentence.End - e.Sentence.Start, StringComparison.Ordinal);
        return at < 0 ? e.Sentence.Start : at;
    }

    private static EventLocation? At(PlaceMention m, Place? p) =>
        p is null ? null : new EventLocation(p.Name, p.Country, p.Admin1, p.Lat, p.Lon, m.Start, m.End);
}
