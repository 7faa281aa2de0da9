namespace Demarche.Grammar;

/// <summary>Interns short lowercase words so that the grammar stage allocates little.</summary>
internal static class Interner
{
    [ThreadStatic] private static Dictionary<string, string>? _pool;
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static string Intern(ReadOnlySpan<char> s)
    {
        if (_pool is null)
        {
            _pool = new Dictionary<string, string>(StringComparer.Ordinal);
            _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_lookup.TryGetValue(s, out var hit)) return hit;
        var str = s.ToString();
        if (_pool.Count < 200_000) _pool[str] = str;
        return str;
    }
}
