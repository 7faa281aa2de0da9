using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Demarche.Core.Model;

namespace Demarche.Core.Contract;

/// <summary>Writes documents as objects of the analysis contract v1 (demarche.analysis/1).</summary>
public static class AnalysisJson
{
    public const string Schema = "demarche.analysis/1";

    /// <summary>
    /// The contract's JSON settings. The contract's objects are described by <see cref="AnalysisJsonContext"/>, made at
    /// build time (no reflection and no code generated at run time for them: a start saves the JIT of hundreds of
    /// methods); other objects written with these settings (query rows, clusters) are described by reflection as before.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(AnalysisJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public sealed record DocumentObject(
        string Id, string Source, string? Title, string? Url,
        [property: JsonConverter(typeof(DateOnlyJsonConverter))] DateOnly? Published,
        string Language, string Text, IReadOnlyList<Repair> Repairs);

    public sealed record AnalysisObject(
        string Schema, DocumentObject Document, IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events,
        IReadOnlyList<Quote> Quotes, IReadOnlyList<Quantity> Quantities, IReadOnlyList<Stance> Stances);

    public sealed record ErrorDocument(string? Id, string Source, string? Title, string? Url);

    public sealed record ErrorObject(string Schema, ErrorDocument Document, string Error);

    public static AnalysisObject ToContract(Document d) => new(
        Schema,
        new DocumentObject(d.Info.Id ?? "", d.Info.Source, d.Info.Title, d.Info.Url, d.Info.Published, d.Info.Language, d.Text, d.Repairs),
        d.Actors, d.Events, d.Quotes, d.Quantities, d.Stances);

    public static string Serialize(Document d, bool indented = false) =>
        JsonSerializer.Serialize(ToContract(d), indented ? IndentedOptions : Options);

    /// <summary>As <see cref="Serialize(Document, bool)"/>, into pooled UTF-8 bytes (the same text, no string made).</summary>
    public static JsonBytes SerializeToBytes(Document d, bool indented = false)
    {
        var output = new JsonBytes();
        var options = indented ? IndentedOptions : Options;
        var writer = JsonBytes.Writer(output, options);
        JsonSerializer.Serialize(writer, ToContract(d), options);
        writer.Flush();
        return output;
    }

    public static string SerializeError(string source, string error, string? id = null, string? title = null, string? url = null) =>
        JsonSerializer.Serialize(new ErrorObject(Schema, new ErrorDocument(id, source, title, url), error), Options);

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };
}

/// <summary>The contract's objects as the JSON source generator describes them (read with <see cref="AnalysisJson.Options"/>).</summary>
[JsonSerializable(typeof(AnalysisJson.AnalysisObject))]
[JsonSerializable(typeof(AnalysisJson.ErrorObject))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
