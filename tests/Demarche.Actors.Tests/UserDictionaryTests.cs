using Demarche.Actors.Lexicon;

namespace Demarche.Actors.Tests;

/// <summary>Users' --dict folders: every YAML form the shipped dictionaries use, and a clear error for a broken file.</summary>
public sealed class UserDictionaryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-dict-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string yaml)
    {
        File.WriteAllText(Path.Combine(_dir, name), yaml);
        return _dir;
    }

    [Fact]
    public void Every_section_and_yaml_form_is_read()
    {
        Write("extra.yaml", """
            # a user file with every section
            states:
              XKX:
                name: Kosovo
                forms: [Kosovo, "Republic of Kosovo"]
                adj: ['Kosovar', Kosovan]   # a comment after a value
                ambiguous: yes
            organisations:
              - id: acme
                name: "Acme Corp: the company"
                kind: company
                forms:
                  - Acme
                  - 'Acme''s people'
                country: usa
              - {id: wfp2, name: World Food Two, forms: [WFP2,
                   "World Food Two"]}
            persons:
              - name: Côte d'Ivoire Person
                country: civ
                offices:
                  - {role: President, from: 2020-01-01, to: 2021}
                  - role: Minister
                    org: un
                    from: 2019-05
            roles:
              titles:
                minister: [emissary]
              honorifics: [Sheikh]
              documents: ~
            """);
        Write("persons-more.yaml", "- name: Jane Q. Public\n  aliases:\n    - JQP\n  country: null\n");
        var lex = ActorLexiconLoader.Load(userFolder: _dir);
        var kosovo = lex.States["XKX"];
        Assert.True(kosovo.Ambiguous);
        Assert.Contains("Kosovan", kosovo.Adjectives);
        Assert.Equal(["Acme", "Acme's people", "Acme Corp: the company"], lex.Organisations["ACME"].Forms);
        Assert.Equal("USA", lex.Organisations["ACME"].Country);
        Assert.Equal(["WFP2", "World Food Two"], lex.Organisations["WFP2"].Forms);
        var person = lex.Persons["person:cote-d-ivoire-person"];
        Assert.Equal("CIV", person.Country);
        Assert.Equal(
            [new Office("president", "CIV", new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)), new Office("minister", "UN", new DateOnly(2019, 5, 1), null)],
            person.Offices);
        Assert.Equal("minister", lex.Roles.Titles["emissary"]);
        Assert.Contains("sheikh", lex.Roles.Honorifics);
        var jane = lex.Persons["person:jane-q-public"];
        Assert.Equal(["JQP"], jane.Aliases);
        Assert.Null(jane.Country);
    }

    [Theory]
    [InlineData("states:\n  - [unclosed\n", 3)]
    [InlineData("persons:\n  - name: A\n   country: FRA\n", 3)]
    [InlineData("organisations:\n  - id: X\n    forms: [a, b\n    name: c\n", 3)]
    public void A_broken_file_is_named_with_its_line(string yaml, int line)
    {
        Write("bad.yaml", yaml);
        var e = Assert.Throws<InvalidDataException>(() => ActorLexiconLoader.Load(userFolder: _dir));
        Assert.StartsWith(Path.Combine(_dir, "bad.yaml") + ": line " + line + ", column ", e.Message);
        Assert.DoesNotContain("Idx:", e.Message);
        Assert.Single(e.Message.Split('\n'));
    }
}
