using Demarche.Core.Data;

namespace Demarche.Places.Tests;

/// <summary>The one reader of data/'s tab-separated tables.</summary>
public sealed class TsvFileTests
{
    [Fact]
    public void Comments_and_empty_lines_are_skipped_and_fields_kept_as_written()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# code\tname\n\nFRA\tFrance\t\n  indented\t\"quoted, not\"\r\nCIV\tCôte d'Ivoire\t12.5\n#last\n");
            var rows = TsvFile.ReadNumbered(path).ToList();
            Assert.Equal([3, 4, 5], rows.Select(r => r.Line));
            Assert.Equal(["FRA", "France", ""], rows[0].Fields);
            Assert.Equal(["  indented", "\"quoted, not\""], rows[1].Fields);
            Assert.Equal(["CIV", "Côte d'Ivoire", "12.5"], rows[2].Fields);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_missing_file_has_no_rows() =>
        Assert.Empty(TsvFile.Read(Path.Combine(Path.GetTempPath(), "no-such-demarche-table.tsv")));
}
