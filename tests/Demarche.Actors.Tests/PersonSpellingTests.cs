using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;

namespace Demarche.Actors.Tests;

/// <summary>Dictionary persons met under another transliteration, and titles that do or do not name their office.</summary>
public sealed class PersonSpellingTests : IDisposable
{
    // invented persons, written for these tests
    private const string Persons = """
        - name: Abdoulaye Mbaye
          aliases: [Mbaye]
          country: MLI
          offices:
            - role: head of the military junta
              org: MLI
              from: 2021-05-24
              to: null
        - name: Carlos Ruiz
          aliases: [Ruiz]
          country: ESP
          offices:
            - role: prime minister
              org: ESP
              from: 2020-01-01
              to: null
        """;

    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("demarche-persons-").FullName, "persons.yaml");
    private readonly CompiledLexicon _lexicon;

    public PersonSpellingTests()
    {
        File.WriteAllText(_file, Persons);
        _lexicon = CompiledLexicon.Compile(ActorLexiconLoader.Load(null, null, _file));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, true);

    [Fact]
    public void A_full_name_spelt_another_way_is_the_dictionary_person_under_the_article_spelling()
    {
        var doc = TestLexicon.Analyse("Senegal closed its border after troops led by General Abdulaye Mbaye took power.", lexicon: _lexicon);
        var p = Assert.Single(doc.Actors, a => a.Id == "person:abdoulaye-mbaye");
        Assert.Equal("Abdulaye Mbaye", p.Name);
        Assert.Equal("MLI", p.Country); // a rank names no office: the dictionary's state, not Senegal named before
    }

    [Fact]
    public void First_names_that_differ_are_another_person()
    {
        var doc = TestLexicon.Analyse("The rebels said Colonel Ibrahim Mbaye had crossed the river.", lexicon: _lexicon);
        Assert.DoesNotContain(doc.Actors, a => a.Id == "person:abdoulaye-mbaye");
        Assert.Contains(doc.Actors, a => a.Id == "person:ibrahim-mbaye");
    }

    [Fact]
    public void Another_office_than_the_dictionary_one_takes_the_state_in_view()
    {
        var doc = TestLexicon.Analyse("Peru put its army on alert on Sunday. Defence Minister Carlos Ruiz said the border was calm.", lexicon: _lexicon);
        var p = Assert.Single(doc.Actors, a => a.Id == "person:carlos-ruiz");
        Assert.Equal("PER", p.Country);
    }
}
