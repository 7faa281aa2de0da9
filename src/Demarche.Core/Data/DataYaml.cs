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

    /// <summary>
    /// A YAML file read into a <typeparamref name="T"/> as <see cref="Deserialize{T}"/> reads it, but for the shipped
    /// data files (under data/) from the user's cache (<see cref="DataCache"/>) while the file and the program are
    /// unchanged: the cache holds the file's plain tree (<see cref="YamlTree"/>, as <see cref="YamlTreeBytes"/>), made
    /// after YamlDotNet's typed reading accepted the file (so that its errors are said as before), and
    /// <paramref name="fromTree"/> makes the same object from the tree (see <see cref="YamlValues"/>) without building
    /// a YamlDotNet deserializer, which costs tens of milliseconds at start. A tree that <paramref name="fromTree"/>
    /// does not take (<see cref="InvalidDataException"/>, <see cref="FormatException"/>) is read by YamlDotNet instead.
    /// Files elsewhere (a user's, a test's) and runs without a cache are read by YamlDotNet.
    /// </summary>
    public static T Load<T>(string path, Func<IDeserializer> deserializer, Func<object?, T> fromTree) =>
        Load(path, deserializer, fromTree, DataCache.IsShippedData(path) ? DataCache.ForUser : null);

    /// <inheritdoc cref="Load{T}(string, Func{IDeserializer}, Func{object?, T})"/>
    public static T Load<T>(string path, Func<IDeserializer> deserializer, Func<object?, T> fromTree, DataCache? cache)
    {
        if (cache is null || !File.Exists(path)) return Deserialize<T>(deserializer(), path);
        var name = $"yaml-checked-{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))}-{Path.GetFileNameWithoutExtension(path)}";
        try
        {
            var block = DataCache.Load(name, YamlTreeBytes.Format, [path], () =>
            {
                Deserialize<T>(deserializer(), path);
                return YamlTreeBytes.Write(YamlTree.LoadText(path));
            }, cache, [typeof(T), fromTree.Method.DeclaringType ?? typeof(T)]);
            return fromTree(YamlTreeBytes.Read(block));
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
        {
            Interlocked.Increment(ref _treesNotTaken);
            return Deserialize<T>(deserializer(), path); // the file's error said as YamlDotNet places it, or a tree the mapping does not take
        }
    }

    private static int _treesNotTaken;

    /// <summary>How many times this process read a file with YamlDotNet because its cached tree could not be used (a
    /// file with an error, or a tree its mapping does not take); the tests check that the shipped files are never so read.</summary>
    public static int TreesNotTaken => Volatile.Read(ref _treesNotTaken);

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
