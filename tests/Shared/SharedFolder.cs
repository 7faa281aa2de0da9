namespace Demarche.Tests;

/// <summary>
/// Finds the repository root and the <c>../shared</c> folder beside it (CI has it; a user's clone may not).
/// Tests that need shared/ call <see cref="SkipUnlessPresent"/> and are skipped with a notice where it is missing.
/// </summary>
public static class SharedFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Path
    {
        get
        {
            var p = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    public static string Require()
    {
        if (Path is null) Assert.Skip("../shared is not beside this clone (CI has it); skipped");
        return Path!;
    }

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Demarche.slnx")))
                return d.FullName;
        throw new InvalidOperationException("repository root (Demarche.slnx) not found above " + AppContext.BaseDirectory);
    }
}
