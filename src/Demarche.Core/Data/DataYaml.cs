using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Demarche.Core.Data;

/// <summary>YAML files of data/ read into objects; a file that does not parse, or holds a value of the wrong kind,
/// is reported with its name, line and column (<see cref="DataFileError"/>).</summary>
public static partial class DataYaml
{
    public static T Deserialize<T>(IDeserializer deserializer, string path)
    {
        var text = File.ReadAllText(path);
        try
        {
            return deserializer.Deserialize<T>(text);
        }
        catch (YamlException e)
        {
            throw DataFileError.At(path, e.Start.Line, e.Start.Column, Reason(e), e);
        }
    }

    /// <summary>What is wrong, without YamlDotNet's "(Line: …) - (Line: …): " prefix (the caller states the place): the
    /// innermost message, as a value of the wrong kind says "Exception during deserialization" outside and why inside.</summary>
    public static string Reason(YamlException e)
    {
        Exception inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return MarkPrefix().Replace(inner.Message, "").ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
