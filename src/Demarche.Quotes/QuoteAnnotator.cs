using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>
/// Finds direct quotes (any mark style, split, continuing into the next paragraph) and reported speech, and
/// attributes each to a speaker through the cue lexicon and the actors' mention index. Runs after the actors
/// (and events) stages; without a mention index it still finds quotes and speaker words, with no actor ids.
/// </summary>
public sealed class QuoteAnnotator(QuoteCueLexicon? lexicon = null) : DeclaredAnnotator(Stage)
{
    private const int MinSpeechWords = 4;

    private readonly QuoteCueLexicon _lexicon = lexicon ?? QuoteCueLexicon.Default;

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("quotes",
        Requires: Layer.Tokens | Layer.Sentences,
        Assigns: Layer.Quotes,
        Uses: Layer.Actors | Layer.Mentions);

    public override void Annotate(Document document)
    {
        document.Quotes.AddRange(Find(document));
        document.MarkDone(Assigns);
    }

    public List<Quote> Find(Document document)
    {
        var text = document.Text;
        var tokens = TokenText.Of(document);
        var paragraphs = Paragraphs.Of(text);
        var index = document.Get<MentionIndex>();
        var cues = new CueFinder(_lexicon, tokens);
        var actorsById = document.ActorsById;
        var phrases = new SpeakerPhraseReader(tokens, _lexicon, index, actorsById);
        var memory = SpeakerMemory.ForDocument();
        var resolver = new SpeakerResolver(tokens, index, actorsById, memory);
        var direct = new DirectQuoteReader(tokens, cues, phrases, paragraphs);
        var indirect = new IndirectSpeechReader(tokens, cues, phrases, _lexicon);

        var all = QuoteMarkScanner.Scan(text, paragraphs);
        var spans = new List<QuoteSpan>();
        for (int i = 0; i < all.Count; i++)
        {
            var q = all[i];
            if (direct.WordCount(q) >= MinSpeechWords && !direct.LooksLikeTitle(q)
                || direct.IsLabel(q) && direct.AfterCharacterisingVerb(q, _lexicon)
                || direct.Find(q, i > 0 ? all[i - 1] : null, i + 1 < all.Count ? all[i + 1] : null, adjacentOnly: true) is not null)
                spans.Add(q);
        }

        var quotes = new List<Quote>();
        var attributions = new Attribution?[spans.Count];
        int next = 0;
        var sentences = SplitBeforeQuotes(document.Sentences, spans, tokens);
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            bool hasQuote = false;
            while (next < spans.Count && spans[next].Start < sentence.End)
            {
                var q = spans[next];
                var a = AttributeDirect(next, spans, attributions, direct, resolver, memory, paragraphs);
                attributions[next] = a;
                if (a is not null) memory.Remember(q.Paragraph, q.Start, a);
                quotes.Add(new Quote
                {
                    Text = text[q.Start..q.End], Start = q.Start, End = q.End, Kind = QuoteKind.Direct,
                    Speaker = a?.Speaker, SpeakerText = a?.SpeakerText, Cue = a?.Cue,
                });
                next++;
                hasQuote = true;
            }
            if (hasQuote || OverlapsSpan(sentence, spans, next)) continue;
            if (indirect.Read(sentence) is not { } clause) continue;
            int paragraph = ParagraphOf(paragraphs, sentence.Start);
            var attribution = resolver.Resolve(clause.Phrase, clause.Cue.Word, paragraph);
            memory.Remember(paragraph, clause.Phrase.First < tokens.Count ? tokens.Tokens[clause.Phrase.First].Start : clause.Start, attribution);
            quotes.Add(new Quote
            {
                Text = text[clause.Start..clause.End], Start = clause.Start, End = clause.End, Kind = QuoteKind.Indirect,
                Speaker = attribution.Speaker, SpeakerText = attribution.SpeakerText, Cue = attribution.Cue,
            });
        }
        return quotes;
    }

    private static Attribution? AttributeDirect(int i, List<QuoteSpan> spans, Attribution?[] done, DirectQuoteReader direct,
        SpeakerResolver resolver, SpeakerMemory memory, IReadOnlyList<TextSpan> paragraphs)
    {
        var q = spans[i];
        var previous = i > 0 ? spans[i - 1] : null;
        var following = i + 1 < spans.Count ? spans[i + 1] : null;
        var previousAttribution = previous is not null && previous.Paragraph == q.Paragraph ? done[i - 1] : null;

        if (direct.Find(q, previous, following, adjacentOnly: false) is { } local)
        {
            if (local.Phrase is not null) return resolver.Resolve(local.Phrase, local.Cue.Word, q.Paragraph);
            var carried = previousAttribution ?? memory.Last(q.Paragraph, 1);
            return carried is null ? new Attribution(null, null, local.Cue.Word, SpeakerForm.Anonymous, null) : carried with { Cue = local.Cue.Word };
        }
        // the second half of a split quote: “…,” she said. “…”; not a partial quote in a sentence of its own whose
        // subject is named ("Kenya branded the deal “a betrayal”" after Russia's words in the same paragraph)
        var subject = direct.SubjectBefore(q, previous);
        bool namedSubject = subject is not null && (subject.ActorId is not null || subject.Form == SpeakerForm.Pronoun);
        if (previousAttribution is not null && !namedSubject) return previousAttribution;
        // a quote that opens its paragraph continues the speech of the paragraph before
        if (q.OpenMark == paragraphs[q.Paragraph].Start && q.Paragraph > 0 && memory.LastIn(q.Paragraph - 1) is { } before)
            return before;
        // a partial quote inside a sentence belongs to the sentence's subject
        if (subject is not null)
            return resolver.Resolve(subject, null, q.Paragraph);
        // "Claire Dumont, France’s envoy, was blunt. “…”": the subject of the sentence before, in the paragraph
        if (direct.SubjectOfSentenceBefore(q, previous) is { } introduced && (introduced.ActorId is not null || introduced.Form == SpeakerForm.Pronoun))
            return resolver.Resolve(introduced, null, q.Paragraph);
        return null;
    }

    /// <summary>
    /// Cuts a sentence where a quote opens right after a full stop ("… week. “Africa …"), so that the reported
    /// speech before the quote is read on its own.
    /// </summary>
    private static List<Sentence> SplitBeforeQuotes(IReadOnlyList<Sentence> sentences, List<QuoteSpan> spans, TokenText tokens)
    {
        // a list the thread keeps (was an iterator and a boxed enumerator a document); a long document's is let go
        if (_cut is { Capacity: > MaxKeptSentences }) _cut = null;
        var cut = _cut ??= new List<Sentence>(sentences.Count + 4);
        cut.Clear();
        int k = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var current = sentences[i];
            while (k < spans.Count && spans[k].OpenMark < current.Start) k++;
            for (int j = k; j < spans.Count && spans[j].OpenMark < current.End; j++)
            {
                int open = tokens.AtOrAfter(spans[j].OpenMark);
                if (open <= current.FirstToken || open >= current.EndToken || !tokens.IsTerminal(open - 1)) continue;
                cut.Add(new Sentence(current.Start, tokens.Tokens[open - 1].End, current.FirstToken, open - current.FirstToken));
                current = new Sentence(tokens.Tokens[open].Start, current.End, open, current.EndToken - open);
            }
            cut.Add(current);
        }
        return cut;
    }

    private const int MaxKeptSentences = 4096;
    [ThreadStatic] private static List<Sentence>? _cut;

    private static bool OverlapsSpan(Sentence sentence, List<QuoteSpan> spans, int from)
    {
        for (int k = Math.Max(0, from - 1); k < spans.Count && spans[k].Start < sentence.End; k++)
            if (spans[k].End > sentence.Start) return true;
        return false;
    }

    private static int ParagraphOf(IReadOnlyList<TextSpan> paragraphs, int offset)
    {
        int lo = 0, hi = paragraphs.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (paragraphs[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
