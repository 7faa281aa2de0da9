namespace Demarche.Web.Tests;

/// <summary>The repository's samples/ folder (articles written for the project).</summary>
public static class Samples
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "samples", "01-baltic-sanctions.txt"))) return Path.Combine(dir.FullName, "samples");
            throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
