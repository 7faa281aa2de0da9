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
    /// The contract's JSON settings. Documents and errors are written by <see cref="ContractJsonWriter"/> to these
    /// settings; for other writers of the contract's objects (the web API) they are described by
    /// <see cref="AnalysisJsonContext"/>, made at build time (no reflection and no code generated at run time); other
    /// objects written with these settings (query rows, clusters) are described by reflection as before.
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

    /// <summary>A document's contract object as JSON text (<see cref="ContractJsonWriter"/>: what System.Text.Json writes with <see cref="Options"/>).</summary>
    public static string Serialize(Document d, bool indented = false) =>
        Text(w => ContractJsonWriter.Write(w, ToContract(d)), indented);

    /// <summary>As <see cref="Serialize(Document, bool)"/>, into pooled UTF-8 bytes (the same text, no string made).</summary>
    public static JsonBytes SerializeToBytes(Document d, bool indented = false)
    {
        var output = new JsonBytes();
        var writer = JsonBytes.Writer(output, indented ? IndentedOptions : Options);
        ContractJsonWriter.Write(writer, ToContract(d));
        writer.Flush();
        return output;
    }

    public static string SerializeError(string source, string error, string? id = null, string? title = null, string? url = null) =>
        Text(w => ContractJsonWriter.Write(w, new ErrorObject(Schema, new ErrorDocument(id, source, title, url), error)), indented: false);

    private static string Text(Action<Utf8JsonWriter> write, bool indented)
    {
        var options = indented ? IndentedOptions : Options;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize, NewLine = options.NewLine, MaxDepth = options.MaxDepth,
        }))
            write(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };
}

/// <summary>The contract's objects as the JSON source generator describes them (read with <see cref="AnalysisJson.Options"/>).</summary>
[JsonSerializable(typeof(AnalysisJson.AnalysisObject))]
[JsonSerializable(typeof(AnalysisJson.ErrorObject))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
