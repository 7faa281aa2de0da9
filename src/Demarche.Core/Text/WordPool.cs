namespace Demarche.Core.Text;

/// <summary>
/// Interns short words (one pool a thread, up to <see cref="Limit"/> words), so that the stages that keep a string a
/// token look their words up by span and allocate a word only the first time they meet it.
/// </summary>
public static class WordPool
{
    /// <summary>The most words a thread's pool keeps; beyond it a new word is a new string each time.</summary>
    public const int Limit = 200_000;

    [ThreadStatic] private static Dictionary<string, string>? _pool;
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return "";
        if (_pool is null)
        {
            _pool = new Dictionary<string, string>(StringComparer.Ordinal);
            _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_lookup.TryGetValue(word, out var hit)) return hit;
        var str = word.ToString();
        if (_pool.Count < Limit) _pool[str] = str;
        return str;
    }
}
