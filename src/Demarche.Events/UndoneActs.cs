using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// Which acts undo which (data/events/undone-acts.tsv: CAMEO code prefix of the undoing act, tab, the code prefixes
/// of the acts it undoes): lifting sanctions undoes imposing them, a release undoes an arrest, a ceasefire the
/// fighting. The longest matching prefix of the undoing act's code wins.
/// </summary>
public sealed class UndoneActs
{
    public const string FileName = "undone-acts.tsv";
    private readonly Dictionary<string, string[]> _undone;

    private UndoneActs(Dictionary<string, string[]> undone) => _undone = undone;

    private static readonly Lazy<UndoneActs> _default = new(() => StartupTrace.Time("undone acts", () => Load(DataDirectory.File("events", FileName))));
    public static UndoneActs Default => _default.Value;

    /// <summary>Whether an act coded <paramref name="cameo"/> undoes one coded <paramref name="earlier"/>.</summary>
    public bool Undoes(string cameo, string earlier)
    {
        for (int n = cameo.Length; n >= 2; n--)
        {
            if (!_undone.TryGetValue(cameo[..n], out var prefixes)) continue;
            foreach (var p in prefixes)
                if (earlier.StartsWith(p, StringComparison.Ordinal)) return true;
            return false;
        }
        return false;
    }

    public static UndoneActs Load(string path)
    {
        var undone = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var cols in TsvFile.Read(path, 2, "code prefix, undone code prefixes"))
        {
            undone[cols[0].Trim()] = cols[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return new UndoneActs(undone);
    }
}
