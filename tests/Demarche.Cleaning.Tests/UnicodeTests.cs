using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

public class UnicodeTests
{
    [Fact]
    public void Composes_to_NFC()
    {
        var cleaned = Cleaner.Clean("Jose\u0301 Mu\u0301jica visited Bogota\u0301.");
        Assert.Equal("José Mújica visited Bogotá.", cleaned.Text);
    }

    [Theory]
    [InlineData("two\u00A0words", "two words")]
    [InlineData("two\u2009words", "two words")]
    [InlineData("two\u202Fwords", "two words")]
    [InlineData("two\u3000words", "two words")]
    [InlineData("two\twords", "two words")]
    [InlineData("two   words", "two words")]
    [InlineData("two \u00A0 \u2002words", "two words")]
    [InlineData("inter\u00ADnational", "international")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("\uFEFFByte order mark", "Byte order mark")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    [InlineData("bell\u0007char", "bellchar")]
    public void Normalises_spaces_and_invisible_characters(string raw, string expected)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(expected, cleaned.Text);
        Assert.NotEmpty(cleaned.Of(RepairKind.Whitespace));
    }

    [Fact]
    public void Whitespace_repair_records_the_original_run()
    {
        var cleaned = Cleaner.Clean("a\u00A0\u00A0b");
        var repair = Assert.Single(cleaned.Repairs);
        Assert.Equal(("\u00A0\u00A0", " ", 1, 2), (repair.Before, repair.After, repair.Start, repair.End));
    }

    [Fact]
    public void Line_breaks_become_LF_and_blank_line_runs_collapse()
    {
        var cleaned = Cleaner.Clean("First line\r\nSecond line\r\n\r\n\r\n\r\nThird paragraph\rFourth line\n\n\n");
        Assert.Equal("First line\nSecond line\n\nThird paragraph\nFourth line", cleaned.Text);
    }

    [Fact]
    public void Unicode_line_and_paragraph_separators_are_line_breaks()
    {
        var cleaned = Cleaner.Clean("One\u2028Two\u2029\u2029Three");
        Assert.Equal("One\nTwo\n\nThree", cleaned.Text);
    }

    [Fact]
    public void Keeps_curly_and_straight_quotes_as_written()
    {
        const string raw = "“We won’t go,” she said. \"Fine,\" he replied, 'as agreed'. «Non», dit-il. „Ja“.";
        Assert.Equal(raw, Cleaner.Clean(raw).Text);
    }

    [Theory]
    [InlineData("the government\u00E2\u20AC\u2122s plan", "the government\u2019s plan")]
    [InlineData("\u00E2\u20AC\u0153We agree,\u00E2\u20AC\u009D he said", "\u201CWe agree,\u201D he said")]
    [InlineData("S\u00C3\u00A3o Paulo and Bogot\u00C3\u00A1", "São Paulo and Bogotá")]
    [InlineData("talks \u00E2\u20AC\u201D again", "talks \u2014 again")]
    [InlineData("Vu\u00C4\u008Di\u00C4\u2021 said", "Vučić said")]
    [InlineData("cost \u00C2\u00A3300", "cost £300")]
    public void Repairs_mojibake(string raw, string expected)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(expected, cleaned.Text);
        Assert.NotEmpty(cleaned.Of(RepairKind.Encoding));
    }

    [Theory]
    [InlineData("Ärzte ohne Grenzen and Øresund and Åland")]
    [InlineData("Ça va, said the Ñandú keeper in Úbeda.")]
    [InlineData("Ãrea is not a word but Ã alone stays.")]
    public void Leaves_real_accented_capitals_alone(string raw)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(raw, cleaned.Text);
        Assert.Empty(cleaned.Of(RepairKind.Encoding));
    }

    [Fact]
    public void Empty_and_blank_input_give_empty_text()
    {
        Assert.Equal("", Cleaner.Clean("").Text);
        Assert.Equal("", Cleaner.Clean(" \n\u00A0\r\n\t").Text);
    }
}
