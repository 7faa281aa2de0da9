using System.Globalization;
using System.Text.Json;
using Demarche.Core.Model;

namespace Demarche.Core.Contract;

/// <summary>
/// Writes the contract's objects (<see cref="AnalysisJson.AnalysisObject"/>, <see cref="AnalysisJson.ErrorObject"/>)
/// property by property, as System.Text.Json writes them with <see cref="AnalysisJson.Options"/> (camel-case names in
/// declaration order, nulls written, <c>[JsonIgnore]</c> left out, dates as yyyy-MM-dd): the same bytes, but no
/// serializer metadata is made at the first document (with it, the first document's JSON cost 0.04-0.05 s of CPU,
/// mostly the JIT of its generic code for value types). A property added to a contract type must be added here too
/// (<c>ContractJsonWriterTests</c> compares the two writers).
/// </summary>
public static class ContractJsonWriter
{
    /// <summary>The lists are walked by index: they are interfaces, and their enumerators would be boxes.</summary>
    public static void Write(Utf8JsonWriter w, AnalysisJson.AnalysisObject a)
    {
        w.WriteStartObject();
        w.WriteString("schema", a.Schema);
        w.WritePropertyName("document");
        Document(w, a.Document);
        w.WriteStartArray("actors");
        for (int i = 0; i < a.Actors.Count; i++) Actor(w, a.Actors[i]);
        w.WriteEndArray();
        w.WriteStartArray("events");
        for (int i = 0; i < a.Events.Count; i++) Event(w, a.Events[i]);
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        for (int i = 0; i < a.Quotes.Count; i++) Quote(w, a.Quotes[i]);
        w.WriteEndArray();
        w.WriteStartArray("quantities");
        for (int i = 0; i < a.Quantities.Count; i++) Quantity(w, a.Quantities[i]);
        w.WriteEndArray();
        w.WriteStartArray("stances");
        for (int i = 0; i < a.Stances.Count; i++) Stance(w, a.Stances[i]);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, AnalysisJson.ErrorObject e)
    {
        w.WriteStartObject();
        w.WriteString("schema", e.Schema);
        w.WriteStartObject("document");
        w.WriteString("id", e.Document.Id);
        w.WriteString("source", e.Document.Source);
        w.WriteString("title", e.Document.Title);
        w.WriteString("url", e.Document.Url);
        w.WriteEndObject();
        w.WriteString("error", e.Error);
        w.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter w, AnalysisJson.DocumentObject d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("source", d.Source);
        w.WriteString("title", d.Title);
        w.WriteString("url", d.Url);
        Date(w, "published", d.Published);
        w.WriteString("language", d.Language);
        w.WriteString("text", d.Text);
        w.WriteStartArray("repairs");
        for (int i = 0; i < d.Repairs.Count; i++)
        {
            var r = d.Repairs[i];
            w.WriteStartObject();
            w.WriteNumber("start", r.Start);
            w.WriteNumber("end", r.End);
            w.WriteString("kind", r.Kind);
            w.WriteString("before", r.Before);
            w.WriteString("after", r.After);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Actor(Utf8JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("kind", a.Kind);
        w.WriteString("country", a.Country);
        w.WriteString("code", a.Code);
        w.WriteString("affiliation", a.Affiliation);
        w.WriteStartArray("mentions");
        foreach (var m in a.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("text", m.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("target", e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("root", e.Root);
        w.WriteString("plover", e.Plover);
        w.WriteNumber("quad", e.Quad);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteBoolean("negated", e.Negated);
        w.WriteBoolean("hypothetical", e.Hypothetical);
        Date(w, "date", e.Date);
        w.WriteString("datePrecision", e.DatePrecision);
        w.WriteString("trigger", e.Trigger);
        if (e.Location is { } l)
        {
            w.WriteStartObject("location");
            w.WriteString("name", l.Name);
            w.WriteString("country", l.Country);
            w.WriteString("admin1", l.Admin1);
            Number(w, "lat", l.Lat);
            Number(w, "lon", l.Lon);
            w.WriteNumber("start", l.Start);
            w.WriteNumber("end", l.End);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        w.WriteStartObject("sentence");
        w.WriteNumber("start", e.Sentence.Start);
        w.WriteNumber("end", e.Sentence.End);
        w.WriteEndObject();
        w.WriteString("rule", e.Rule);
        w.WriteEndObject();
    }

    private static void Quote(Utf8JsonWriter w, Quote q)
    {
        w.WriteStartObject();
        w.WriteString("text", q.Text);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
        w.WriteString("kind", q.Kind);
        w.WriteString("speaker", q.Speaker);
        w.WriteString("speakerText", q.SpeakerText);
        w.WriteString("cue", q.Cue);
        w.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter w, Quantity q)
    {
        w.WriteStartObject();
        w.WriteNumber("value", q.Value);
        w.WriteBoolean("approximate", q.Approximate);
        w.WriteString("qualifier", q.Qualifier);
        Number(w, "min", q.Min);
        w.WriteString("unit", q.Unit);
        w.WriteString("category", q.Category);
        w.WriteString("subject", q.Subject);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
        if (q.Event is { } e) w.WriteNumber("event", e);
        else w.WriteNull("event");
        w.WriteString("actor", q.Actor);
        Number(w, "total", q.Total);
        w.WriteEndObject();
    }

    private static void Stance(Utf8JsonWriter w, Stance s)
    {
        w.WriteStartObject();
        w.WriteString("holder", s.Holder);
        w.WriteString("topic", s.Topic);
        w.WriteString("topicKey", s.TopicKey);
        w.WriteString("target", s.Target);
        w.WriteString("polarity", s.Polarity);
        w.WriteString("strength", s.Strength);
        w.WriteStartObject("evidence");
        w.WriteNumber("start", s.Evidence.Start);
        w.WriteNumber("end", s.Evidence.End);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } d)
        {
            Span<char> text = stackalloc char[10]; // yyyy-MM-dd (a DateOnly's year has four digits): no string a date
            d.TryFormat(text, out int length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteString(name, text[..length]);
        }
        else w.WriteNull(name);
    }
}
