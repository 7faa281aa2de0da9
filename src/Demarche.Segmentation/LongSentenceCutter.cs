using Demarche.Core.Data;
using Demarche.Core.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Segmentation;

/// <summary>
/// Cuts sentences longer than <see cref="MaxTokens"/> into pieces no longer than it, so that every later stage
/// (tagging, chunking, frames, quotes) sees bounded sentences and its work stays linear in the text. Each piece
/// ends at the best break in the second half of its window: a semicolon, else a colon, else a comma before a
/// conjunction or relative word (data/lexicon/segmentation.yaml), else any comma, else at the limit. One pass,
/// linear in the number of tokens.
/// </summary>
public sealed class LongSentenceCutter
{
    public int MaxTokens { get; }
    private readonly HashSet<string> _breakWords;

    public LongSentenceCutter(int maxTokens, IEnumerable<string> breakWords)
    {
        if (maxTokens < 2) throw new ArgumentOutOfRangeException(nameof(maxTokens), "a sentence must be allowed at least two tokens");
        MaxTokens = maxTokens;
        _breakWords = new HashSet<string>(breakWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The limit and break words of data/lexicon/segmentation.yaml.</summary>
    public static LongSentenceCutter Load(string? path = null)
    {
        path ??= DataDirectory.File("lexicon", "segmentation.yaml");
        var file = DataYaml.Load(path, () => new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build(), SettingsFile.FromTree) ?? new SettingsFile();
        return new LongSentenceCutter(file.MaxSentenceTokens, file.LongSentenceBreakWords);
    }

    private sealed class SettingsFile
    {
        public int MaxSentenceTokens { get; set; } = 250;
        public List<string> LongSentenceBreakWords { get; set; } = [];

        /// <summary>The settings from the file's cached tree, as YamlDotNet reads them (<see cref="DataYaml.Load{T}(string, Func{IDeserializer}, Func{object?, T})"/>).</summary>
        public static SettingsFile? FromTree(object? tree)
        {
            if (YamlValues.Map(tree) is not { } map) return null;
            var file = new SettingsFile();
            if (map.TryGetValue("max_sentence_tokens", out var max)) file.MaxSentenceTokens = YamlValues.Int(max);
            if (map.TryGetValue("long_sentence_break_words", out var words)) file.LongSentenceBreakWords = YamlValues.Strings(words)!;
            return file;
        }
    }

    /// <summary>The sentences, each longer one replaced by its pieces (in order, covering the same tokens).</summary>
    public List<Sentence> Cut(string text, Token[] tokens, List<Sentence> sentences)
    {
        if (sentences.TrueForAll(s => s.TokenCount <= MaxTokens)) return sentences;
        var result = new List<Sentence>(sentences.Count + 8);
        foreach (var s in sentences)
        {
            if (s.TokenCount <= MaxTokens)
            {
                result.Add(s);
                continue;
            }
            int first = s.FirstToken, end = s.EndToken;
            while (end - first > MaxTokens)
            {
                int last = BestBreak(text, tokens, first, first + MaxTokens - 1);
                result.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last + 1 - first));
                first = last + 1;
            }
            result.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first));
        }
        return result;
    }

    /// <summary>The last token of a piece that starts at <paramref name="first"/> and may end at <paramref name="limit"/> at the latest.</summary>
    private int BestBreak(string text, Token[] tokens, int first, int limit)
    {
        int from = first + (limit - first) / 2;
        int colon = -1, conjunction = -1, comma = -1;
        for (int i = limit; i >= from; i--)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punctuation || t.Length != 1) continue;
            switch (text[t.Start])
            {
                case ';': return i;
                case ':' when colon < 0: colon = i; break;
                case ',':
                    if (comma < 0) comma = i;
                    if (conjunction < 0 && i + 1 < tokens.Length && IsBreakWord(text, tokens[i + 1])) conjunction = i;
                    break;
            }
        }
        return colon >= 0 ? colon : conjunction >= 0 ? conjunction : comma >= 0 ? comma : limit;
    }

    private bool IsBreakWord(string text, Token t) =>
        t.Kind == TokenKind.Word && _breakWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(t.Start, t.Length));
}
