using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core;
using Demarche.Core.Data;
using Demarche.Core.Model;

namespace Demarche.Actors.Tests;

public sealed class ActorApiTests
{
    [Fact]
    public void Mention_index_gives_the_actor_of_every_token_of_a_mention()
    {
        var doc = TestLexicon.Analyse("The US ambassador to Israel, Mike Huckabee, said he would stay.");
        Assert.True(doc.Has(Layer.Actors | Layer.Mentions));
        var index = doc.Require<MentionIndex>();
        int huck = Array.FindIndex(doc.Tokens, t => doc.Slice(t.Span) == "Huckabee");
        Assert.Equal("person:mike-huckabee", index.AtToken(huck)?.ActorId);
        int he = Array.FindIndex(doc.Tokens, t => doc.Slice(t.Span) == "he");
        Assert.Equal("person:mike-huckabee", index.AtToken(he)?.ActorId);
        Assert.Equal("pronoun", index.AtToken(he)?.Via);
        var person = doc.Actors.Single(a => a.Id == "person:mike-huckabee");
        Assert.Equal("USA", person.Country);
        Assert.Equal("USA", person.Affiliation);
        Assert.All(person.Mentions, m => Assert.Equal(m.Text, doc.Slice(m.Start, m.End)));
    }

    [Fact]
    public void Mentions_carry_exact_offsets_and_text()
    {
        var doc = TestLexicon.Analyse("Kinshasa accused Kigali of backing the M23 rebels near Goma.");
        foreach (var a in doc.Actors)
            foreach (var m in a.Mentions)
                Assert.Equal(doc.Text[m.Start..m.End], m.Text);
        Assert.Contains(doc.Actors, a => a.Id == "M23" && a.Mentions.Any(m => m.Text == "M23 rebels"));
    }

    [Fact]
    public void Office_in_force_on_the_publication_date_is_chosen()
    {
        var rutte = ActorLexiconLoader.Load(null, null, DataDirectory.File("actors", "persons.sample.yaml")).Persons["person:mark-rutte"];
        Assert.Equal("NLD", rutte.OfficeOn(new DateOnly(2019, 1, 1))?.Org);
        Assert.Equal("NATO", rutte.OfficeOn(new DateOnly(2025, 1, 1))?.Org);
        Assert.Equal("NATO", rutte.OfficeOn(null)?.Org);
    }

    [Fact]
    public void The_president_resolves_to_the_holder_on_the_date()
    {
        var text = "France hosted the summit. The French president said Europe must act.";
        var doc = TestLexicon.Analyse(text, new DateOnly(2019, 5, 1));
        Assert.Contains(doc.Actors, a => a.Id == "person:emmanuel-macron");
    }

    [Fact]
    public void User_dictionary_adds_and_overrides_entries_without_rebuilding()
    {
        var dir = Directory.CreateTempSubdirectory("demarche-user-dict-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "extra.yaml"), """
                organisations:
                  - {id: LAKEPACT, name: Lake Pact, kind: igo, code: IGOLKP, forms: [Lake Pact, Lake Basin Pact], nouns: [pact]}
                groups:
                  - {id: REDHAND, name: Red Hand Brigade, kind: armed-group, country: CAF, code: CAFREB, forms: [Red Hand Brigade]}
                states:
                  FRA: {seats: [Quai Branly]}
                """);
            File.WriteAllText(Path.Combine(dir, "persons-extra.yaml"), """
                - name: Odile Marchetti
                  aliases: [Marchetti]
                  country: null
                  offices:
                    - {role: secretary-general, org: LAKEPACT, from: 2024-01-01, to: null}
                """);
            var lex = CompiledLexicon.Compile(ActorLexiconLoader.Load(null, dir, DataDirectory.File("actors", "persons.sample.yaml")));
            var doc = TestLexicon.Analyse("The Lake Pact condemned the Red Hand Brigade. Odile Marchetti said the pact would act. Quai Branly agreed.", lexicon: lex);
            Assert.Contains(doc.Actors, a => a.Id == "LAKEPACT" && a.Mentions.Any(m => m.Text == "the pact"));
            Assert.Contains(doc.Actors, a => a.Id == "REDHAND" && a.Country == "CAF");
            Assert.Contains(doc.Actors, a => a.Id == "person:odile-marchetti" && a.Affiliation == "LAKEPACT" && a.Country is null);
            Assert.Contains(doc.Actors, a => a.Id == "FRAGOV" && a.Mentions.Any(m => m.Text == "Quai Branly"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Persons_file_in_the_shared_format_is_read()
    {
        var lex = ActorLexiconLoader.Load(null, null, DataDirectory.File("actors", "persons.sample.yaml"));
        var trump = lex.Persons["person:donald-trump"];
        Assert.Equal("USA", trump.Country);
        Assert.Contains("Trump", trump.Aliases);
        Assert.Equal(2, trump.Offices.Count(o => o.Role == "president"));
        Assert.Null(lex.Persons["person:antonio-guterres"].Country);
    }

    [Fact]
    public void Every_iso_state_is_known_with_kosovo_palestine_and_taiwan()
    {
        var lex = TestLexicon.Value.Lexicon;
        Assert.True(lex.States.Count >= 250);
        Assert.Equal("Kosovo", lex.States["XKX"].Name);
        Assert.Contains("Palestinian", lex.States["PSE"].Adjectives);
        Assert.Contains("Taiwan", lex.States["TWN"].Forms);
        Assert.DoesNotContain("Congo", lex.States["COG"].Forms);
    }

    [Fact]
    public void Empty_and_punctuation_only_documents_have_no_actors()
    {
        Assert.Empty(TestLexicon.Analyse("").Actors);
        Assert.Empty(TestLexicon.Analyse("... — !!").Actors);
        Assert.NotNull(TestLexicon.Analyse("").Get<MentionIndex>());
    }
}
