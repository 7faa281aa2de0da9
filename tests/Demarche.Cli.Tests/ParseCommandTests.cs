using Demarche.Tests;
using Xunit;

namespace Demarche.Cli.Tests;

/// <summary><c>demarche parse</c>: CoNLL-U out, the parser chosen by --parser, and the shipped parsers' scores on the treebanks of ../shared.</summary>
public class ParseCommandTests
{
    // two sentences written for this test, tokens as given
    private const string Conllu = """
        # sent_id = t1
        # text = Kenya recalled its ambassador from Uganda.
        1	Kenya	Kenya	PROPN	NNP	_	2	nsubj	_	_
        2	recalled	recall	VERB	VBD	_	0	root	_	_
        3	its	its	PRON	PRP$	_	4	nmod:poss	_	_
        4	ambassador	ambassador	NOUN	NN	_	2	obj	_	_
        5	from	from	ADP	IN	_	6	case	_	_
        6	Uganda	Uganda	PROPN	NNP	_	2	obl	_	_
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t2
        # text = The talks ended without a deal.
        1	The	the	DET	DT	_	2	det	_	_
        2	talks	talk	NOUN	NNS	_	3	nsubj	_	_
        3	ended	end	VERB	VBD	_	0	root	_	_
        4	without	without	ADP	IN	_	6	case	_	_
        5	a	a	DET	DT	_	6	det	_	_
        6	deal	deal	NOUN	NN	_	3	obl	_	_
        7	.	.	PUNCT	.	_	3	punct	_	_

        """;

    [Theory]
    [InlineData("neural")]
    [InlineData("transition")]
    public void PretokenizedInputKeepsItsWordsAndGetsOneTreeASentence(string parser)
    {
        if (parser == "neural" && Demarche.Grammar.GrammarModel.ShippedNeural is null) Assert.Skip("data/models holds no neural parser");
        using var dir = new TempDir();
        var r = CliRun.Of("parse", dir.File("two.conllu", Conllu), "--pretokenized", "--parser", parser, "--score");
        Assert.Equal(0, r.ExitCode);
        var sentences = r.Stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, sentences.Length);
        foreach (var s in sentences)
        {
            var rows = s.Split('\n').Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
            Assert.Equal(7, rows.Length);
            Assert.Single(rows, c => c[6] == "0");
            Assert.All(rows, c => Assert.Equal(10, c.Length));
            // every word reaches the root
            var heads = rows.Select(c => int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            for (int i = 1; i <= heads.Length; i++)
            {
                int k = i, steps = 0;
                while (k != 0 && steps++ <= heads.Length) k = heads[k - 1];
                Assert.Equal(0, k);
            }
        }
        Assert.Contains("Kenya", sentences[0]);
        Assert.Contains("UAS", r.Stderr);
    }

    [Fact]
    public void AnUnknownParserIsAUsageError()
    {
        using var dir = new TempDir();
        var r = CliRun.Of("parse", dir.File("two.conllu", Conllu), "--pretokenized", "--parser", "quantum");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("--parser", r.Stderr);
    }

    /// <summary>
    /// The neural parser's scores on the first 600 sentences of the EWT dev file (its training chose epochs on that
    /// file, so this guards the shipped model and the code that runs it, not the figures of docs/grammar.md).
    /// </summary>
    [Fact]
    public void TheNeuralParserScoresAsShippedOnTreebankText()
    {
        var shared = SharedFolder.Require();
        if (Demarche.Grammar.GrammarModel.ShippedNeural is null) Assert.Skip("data/models holds no neural parser");
        using var dir = new TempDir();
        var lines = File.ReadLines(Path.Combine(shared, "corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu"));
        var part = new System.Text.StringBuilder();
        int count = 0;
        foreach (var line in lines)
        {
            part.Append(line).Append('\n');
            if (line.Length == 0 && ++count == 600) break;
        }
        var r = CliRun.Of("parse", dir.File("dev600.conllu", part.ToString()), "--pretokenized", "--parser", "neural", "--score");
        Assert.Equal(0, r.ExitCode);
        var m = System.Text.RegularExpressions.Regex.Match(r.Stderr, @"UAS (\d+\.\d+)%\s+LAS (\d+\.\d+)%");
        Assert.True(m.Success, r.Stderr);
        double uas = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        double las = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(uas >= 87.0 && las >= 84.0, r.Stderr);
    }
}
