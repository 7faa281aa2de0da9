using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

public class RepairOffsetTests
{
    [Fact]
    public void Offsets_hold_for_mixed_repairs_on_many_lines()
    {
        var raw = "Headline\u00A0with  odd spaces\r\n\r\n"
            + "The envoy flew toAccra, andofficials\u00E2\u20AC\u2122 statements followed.\r\n"
            + "Advertisement\r\n"
            + "Kenya’sparliament met; the speakersaid it would vote.\u200B\r\n\r\n\r\n"
            + "Last  line\u00ADhere.";
        var cleaned = Cleaner.Clean(raw);
        RepairOffsets.AssertConsistent(cleaned);
        Assert.Contains(cleaned.Repairs, r => r.Kind == RepairKind.GluedWords);
        Assert.Contains(cleaned.Repairs, r => r.Kind == RepairKind.Boilerplate);
        Assert.Contains(cleaned.Repairs, r => r.Kind == RepairKind.Whitespace);
        Assert.Contains(cleaned.Repairs, r => r.Kind == RepairKind.Encoding);
        Assert.Contains("to Accra", cleaned.Text);
        Assert.Contains("Kenya’s parliament", cleaned.Text);
    }

    [Fact]
    public void Encoding_repair_inside_a_glued_word_keeps_both_offsets_right()
    {
        var cleaned = Cleaner.Clean("Ghana\u00E2\u20AC\u2122sgovernment and the\u00A0\u00A0army");
        RepairOffsets.AssertConsistent(cleaned);
        Assert.Equal("Ghana’s government and the army", cleaned.Text);
    }

    [Fact]
    public void Removed_lines_are_empty_ranges_at_the_join()
    {
        var cleaned = Cleaner.Clean("First.\nRead more: Something else entirely\nSecond.");
        var repair = Assert.Single(cleaned.Repairs);
        Assert.Equal(RepairKind.Boilerplate, repair.Kind);
        Assert.Equal(("First.".Length, "First.".Length), (repair.Start, repair.End));
    }
}
