namespace Demarche.Core.Data;

/// <summary>
/// Finds the <c>data/</c> folder that holds Demarche's dictionaries and lexicons: the DEMARCHE_DATA
/// environment variable, else the nearest <c>data/</c> above the running program (the repository's, so that
/// a user's edits apply without rebuilding), else the copy shipped beside the program.
/// </summary>
public static class DataDirectory
{
    public const string Marker = "DEMARCHE-DATA.md";
    private static string? _cached;

    public static string Path => _cached ??= Locate();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("DEMARCHE_DATA");
        if (!string.IsNullOrEmpty(env) && System.IO.File.Exists(System.IO.Path.Combine(env, Marker)))
            return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (System.IO.File.Exists(System.IO.Path.Combine(candidate, Marker)))
                return candidate;
        }
        throw new DirectoryNotFoundException(
            $"Demarche's data folder was not found (looked for data/{Marker} above {AppContext.BaseDirectory}); set DEMARCHE_DATA");
    }
}
