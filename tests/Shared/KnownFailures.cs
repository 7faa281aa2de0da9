namespace Demarche.Tests;

/// <summary>
/// Cases the engine is known to get wrong, listed in a text file beside the tests (one key a line, '#' comments,
/// text after a tab is the reason). A listed case must still fail: when it starts passing, its test fails and
/// asks for the line to be removed, so the list only shrinks. A case that is not listed must pass. Nothing is skipped.
/// </summary>
public sealed class KnownFailures
{
    private readonly HashSet<string> _keys;
    public string FileName { get; }

    private KnownFailures(string fileName, HashSet<string> keys) { FileName = fileName; _keys = keys; }

    public int Count => _keys.Count;

    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>Reads a list from a path relative to the repository root.</summary>
    public static KnownFailures Load(string relativePath)
    {
        var path = System.IO.Path.Combine(SharedFolder.RepoRoot, relativePath);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
            foreach (var raw in File.ReadLines(path))
            {
                if (raw.Length == 0 || raw.StartsWith('#')) continue;
                int tab = raw.IndexOf('\t');
                keys.Add((tab < 0 ? raw : raw[..tab]).Trim());
            }
        return new KnownFailures(relativePath, keys);
    }

    /// <summary>Checks one case: <paramref name="problem"/> is null when the case passes.</summary>
    public void Check(string key, string? problem)
    {
        if (Contains(key))
            Assert.True(problem is not null, $"'{key}' passes now: remove it from {FileName}");
        else
            Assert.True(problem is null, $"{key}: {problem}");
    }

    /// <summary>Runs a test body that asserts; a listed key must fail it, an unlisted one must pass it.</summary>
    public void Check(string key, Action body)
    {
        string? problem = null;
        try { body(); }
        catch (Exception e) when (e is Xunit.Sdk.IAssertionException) { problem = e.Message; }
        Check(key, problem);
    }
}
