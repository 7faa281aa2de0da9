using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Demarche.Cleaning;
using Demarche.Core.Data;
using Demarche.Quantities;
using Demarche.Quotes;
using Demarche.Segmentation;
using Demarche.Stances;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// The typed YAML files of data/ read from the user's cache (their trees, <see cref="DataYaml.Load{T}(string, Func{YamlDotNet.Serialization.IDeserializer}, Func{object?, T})"/>)
/// make the same loaders, field by field, as the same files read by YamlDotNet (a copy outside data/ is never cached),
/// and no shipped file falls back to YamlDotNet.
/// </summary>
public sealed class ShippedYamlCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-shipped-yaml-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(string folder, string name)
    {
        var path = Path.Combine(_dir, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(DataDirectory.File(folder, name), path, overwrite: true);
        return path;
    }

    private static object Speakers(string path) =>
        typeof(QuoteCueLexicon).Assembly.GetType("Demarche.Quotes.SpeakerWords", throwOnError: true)!
            .GetMethod("Load", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [path])!;

    public static TheoryData<string, string> Files() => new()
    {
        { "stances", "words.yaml" }, { "stances", "verbs.yaml" }, { "stances", "topics.yaml" }, { "stances", "nominalisations.yaml" },
        { "quotes", "cues.yaml" }, { "quotes", "speaker-words.yaml" }, { "lexicon", "segmentation.yaml" }, { "cleaning", "boilerplate.yaml" },
        { "quantities", "numbers.yaml" },
    };

    private static object Load(string folder, string name, string path) => (folder, name) switch
    {
        ("stances", "words.yaml") => StanceWords.Load(path),
        ("stances", "verbs.yaml") => StanceLexicon.Load(path),
        ("stances", "topics.yaml") => TopicVocabulary.Load(path),
        ("stances", "nominalisations.yaml") => Nominalisations.Load(path),
        ("quotes", "cues.yaml") => QuoteCueLexicon.Load(path),
        ("quotes", "speaker-words.yaml") => Speakers(path),
        ("lexicon", "segmentation.yaml") => new object[] { WordClasses.Load(path), LongSentenceCutter.Load(path) },
        ("cleaning", "boilerplate.yaml") => BoilerplateRules.Load(path),
        ("quantities", "numbers.yaml") => QuantityLexicon.Load(Path.GetDirectoryName(path)!), // with categories.yaml and quotes/cues.yaml
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void TheCachedTreeMakesWhatYamlDotNetMakes(string folder, string name)
    {
        var copy = Copy(folder, name);
        if (folder == "quantities")
        {
            foreach (var other in new[] { "categories.yaml", "currencies.tsv", "counted-things.tsv", "person-nouns.txt" }) Copy(folder, other);
            Copy("quotes", "cues.yaml");
        }
        int notTaken = DataYaml.TreesNotTaken;
        var shipped = DataDirectory.File(folder, name);
        Load(folder, name, shipped); // the first may build the cache's copy
        var cached = Load(folder, name, shipped);
        Assert.Equal(notTaken, DataYaml.TreesNotTaken);
        AssertSameState(Load(folder, name, copy), cached, name, 0);
    }

    /// <summary>The two objects hold the same values in all their fields, in the same order (collections item by item; paths in the copy's folder read as in data/).</summary>
    private void AssertSameState(object? expected, object? actual, string path, int depth)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }
        Assert.Equal(expected.GetType(), actual.GetType());
        var type = expected.GetType();
        if (depth > 16 || expected is Delegate || expected is IEqualityComparer || type.IsPointer) return;
        if (expected is string text) // a file's name said in the loader's messages: the copy's for the copy
        {
            Assert.Equal(text.Replace(_dir, DataDirectory.Path.TrimEnd(Path.DirectorySeparatorChar)), actual);
            return;
        }
        if (type.IsPrimitive || type.IsEnum || expected is decimal)
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} vs {actual}");
            return;
        }
        if (expected is Regex regex)
        {
            Assert.Equal(regex.ToString(), actual.ToString());
            Assert.Equal(regex.Options, ((Regex)actual).Options);
            return;
        }
        if (type.Namespace == "System.Buffers") return; // search tables made from the lists compared beside them
        if (expected is IEnumerable items)
        {
            var a = items.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(a.Count == b.Count, $"{path}: {a.Count} items vs {b.Count}");
            for (int i = 0; i < a.Count; i++) AssertSameState(a[i], b[i], $"{path}[{i}]", depth + 1);
            return;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                AssertSameState(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}", depth + 1);
    }
}
