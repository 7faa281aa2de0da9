using System.Diagnostics;
using Demarche.Core.Model;

namespace Demarche.Pipeline;

/// <summary>
/// How much one document may cost: wall time for the whole analysis (extraction, cleaning, every stage) and
/// work, counted in tokens. Checked before the first stage and after each one; a document over budget fails
/// with <see cref="AnalysisBudgetExceededException"/> and the batch goes on. Every stage is linear in the
/// number of tokens once sentences are bounded (see Segmentation's LongSentenceCutter), so a stage in progress
/// overruns the time limit by at most its own share of a document that fits the work limit.
/// </summary>
public sealed record AnalysisBudget
{
    /// <summary>Wall time any document may take, however short (see <see cref="TimeFor"/>).</summary>
    public TimeSpan BaseTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall time added for each million characters of clean text (a 10 MB article is allowed 30 + 100 s).</summary>
    public TimeSpan TimePerMillionCharacters { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wall time a document of <paramref name="characters"/> characters may take: an article that hangs fails soon, a long one is given time in proportion.</summary>
    public TimeSpan TimeFor(int characters) => BaseTime + TimePerMillionCharacters * (characters / 1_000_000.0);

    /// <summary>Tokens in one document (a 10 MB article of news prose has about 2 million).</summary>
    public int MaxTokens { get; init; } = 3_000_000;

    public static AnalysisBudget Default { get; } = new();

    /// <summary>A meter for one document whose raw content (HTML with its markup, or text) has <paramref name="rawCharacters"/> characters, started now.</summary>
    public Meter Start(int rawCharacters = 0) => new(this, Stopwatch.GetTimestamp(), rawCharacters);

    /// <summary>A document's budget, timed from <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp: no clock object a document).</summary>
    public sealed class Meter(AnalysisBudget budget, long started, int rawCharacters)
    {
        /// <summary>Throws when the document has used its time, or (once tokenised) holds more tokens than allowed.</summary>
        public void Check(Document document, string after)
        {
            if (document.Tokens.Length > budget.MaxTokens)
                throw new AnalysisBudgetExceededException(
                    $"the document has {document.Tokens.Length:N0} tokens, more than the analysis budget of {budget.MaxTokens:N0}; split it");
            // time in proportion to the larger of the raw input (a page's markup is parsed too) and the clean text
            var limit = budget.TimeFor(Math.Max(rawCharacters, document.Text.Length));
            if (Stopwatch.GetElapsedTime(started) > limit)
                throw new AnalysisBudgetExceededException(
                    $"the analysis took more than {limit.TotalSeconds:0.#} s (stopped after {after}); the document is too long or too unusual to analyse");
        }
    }
}

/// <summary>A document that used up its <see cref="AnalysisBudget"/>; the message says which part.</summary>
public sealed class AnalysisBudgetExceededException(string message) : Exception(message);
