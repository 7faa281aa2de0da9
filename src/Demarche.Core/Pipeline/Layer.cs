namespace Demarche.Core;

/// <summary>The layers a document can carry; annotators declare which they require and which they assign.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Text = 1 << 0,
    Sentences = 1 << 1,
    Tokens = 1 << 2,
    PartsOfSpeech = 1 << 3,
    Chunks = 1 << 4,
    /// <summary>The actors' mention index (<see cref="Model.MentionIndex"/>).</summary>
    Mentions = 1 << 5,
    Actors = 1 << 6,
    Events = 1 << 7,
    Quotes = 1 << 8,
    Quantities = 1 << 9,
    Stances = 1 << 10,
    Dates = 1 << 11,
    /// <summary>Dependency trees and what is read off them (verb frames, arguments).</summary>
    Dependencies = 1 << 12,
    Locations = 1 << 13,
}

public static class LayerNames
{
    /// <summary>The single layers in a set, as users read them: "actors", "parts-of-speech".</summary>
    public static IEnumerable<string> Of(Layer layers) =>
        Enum.GetValues<Layer>().Where(l => l != Layer.None && (layers & l) == l).Select(Name);

    public static string Name(Layer layer) =>
        string.Concat(layer.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>"'actors', 'mentions'".</summary>
    public static string Quoted(Layer layers) => string.Join(", ", Of(layers).Select(n => $"'{n}'"));
}
