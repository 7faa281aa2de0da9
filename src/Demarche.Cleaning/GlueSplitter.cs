namespace Demarche.Cleaning;

/// <summary>
/// Finds words glued together by careless scraping ("weekon", "inNew", "Kurtisaid", "Trump’sadministration")
/// and says where a space belongs. Conservative by design: a word the lexicon knows, a camel-case name
/// ("TikTok", "McDonald"), a compound ("ceasefire", "counterproductive") or an unknown name ("Tshisekedi")
/// is left whole; a split needs every part to be a confident word.
/// </summary>
public sealed class GlueSplitter(Lexicon lexicon, WordClasses classes)
{
    private const int MinGluedLength = 4;
    private const int CacheLimit = 50_000;
    private readonly WordSegmenter _segmenter = new(lexicon, classes);

    // Decisions per distinct word (exact spelling), per thread: news text repeats its words and names, so most
    // runs are answered by a small dictionary instead of the 300,000-word lexicon and the segmenter.
    private readonly ThreadLocal<DecisionCache> _cache = new(() => new DecisionCache());

    private sealed class DecisionCache
    {
        public readonly Dictionary<string, int[]> Decisions = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public DecisionCache() => Lookup = Decisions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordSegmenter Segmenter => _segmenter;

    /// <summary>Adds to <paramref name="positions"/> (in no set order) each offset of <paramref name="line"/> where a space belongs.</summary>
    public void FindSplits(ReadOnlySpan<char> line, List<int> positions)
    {
        var cache = _cache.Value!;
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ') { i++; continue; }
            int end = line[i..].IndexOf(' ');
            end = end < 0 ? line.Length : i + end;
            int sentenceGlue = SentenceGlue(line, i, end);
            if (sentenceGlue > 0)
            {
                positions.Add(sentenceGlue);
                end = sentenceGlue; // the rest of the chunk is scanned as a chunk of its own
            }
            if (!LooksTechnical(line[i..end]))
                ScanChunk(line, i, end, positions, cache);
            i = end;
        }
    }

    /// <summary>
    /// Two sentences run together ("said.The", "Mr.Smith"): the offset after the stop when a lower-case word of two
    /// or more letters ends with . ! or ? and a capitalised word follows at once; 0 otherwise or in URLs and addresses.
    /// </summary>
    private static int SentenceGlue(ReadOnlySpan<char> line, int start, int end)
    {
        var chunk = line[start..end];
        if (chunk.Length < 5 || chunk.IndexOfAny('@', '/', '\\') >= 0 || chunk.IndexOfAny('#', '_', '=') >= 0) return 0;
        for (int p = 2; p + 2 < chunk.Length; p++)
        {
            if (chunk[p] is not ('.' or '!' or '?')) continue;
            if (!char.IsLower(chunk[p - 1]) || !char.IsLetter(chunk[p - 2])) continue;
            if (!char.IsUpper(chunk[p + 1]) || !char.IsLower(chunk[p + 2])) continue;
            int wordStart = p - 1;
            while (wordStart > 0 && char.IsLetter(chunk[wordStart - 1])) wordStart--;
            if (wordStart > 0 && chunk[wordStart - 1] == '.') continue; // "e.g.The", "U.S.Army": leave
            for (int q = p + 2; q + 1 < chunk.Length; q++)
                if (chunk[q] == '.' && char.IsLetter(chunk[q - 1]) && char.IsLetter(chunk[q + 1])) return 0; // "www.Example.com"
            return start + p + 1;
        }
        return 0;
    }

    /// <summary>URLs, e-mail addresses, hashtags, handles and file names are never split.</summary>
    private static bool LooksTechnical(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < MinGluedLength) return true;
        if (chunk.IndexOfAny('@', '/', '\\') >= 0 || chunk.IndexOfAny('#', '_', '=') >= 0) return true;
        for (int i = 1; i + 1 < chunk.Length; i++)
            if (chunk[i] == '.' && char.IsLetter(chunk[i - 1]) && char.IsLetter(chunk[i + 1]))
                return true;
        return false;
    }

    private void ScanChunk(ReadOnlySpan<char> line, int start, int end, List<int> positions, DecisionCache cache)
    {
        int i = start;
        while (i < end)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            int runStart = i;
            while (i < end && (IsWordChar(line[i]) || (IsApostrophe(line[i]) && i + 1 < end && char.IsLetter(line[i + 1]) && i > runStart)))
                i++;
            bool digitBefore = runStart > start && char.IsDigit(line[runStart - 1]);
            bool digitAfter = i < end && char.IsDigit(line[i]);
            bool nextToDigit = (runStart > 0 && char.IsDigit(line[runStart - 1])) || (i < line.Length && char.IsDigit(line[i]));
            if (nextToDigit && (digitBefore || digitAfter) && NumberGlue(line, start, end, runStart, i, digitBefore, digitAfter) is int at and > 0)
                positions.Add(at);
            if (!nextToDigit && i - runStart >= MinGluedLength && i - runStart <= WordSegmenter.MaxLength)
                SplitRunCached(line[runStart..i], runStart, positions, cache);
        }
    }

    /// <summary>
    /// A common lower-case word glued to a number: "exchange1,200", "400detainees", "1.2million". The word must be
    /// known in lower case and four letters or more, so units ("5km", "3pm", "20th", "1990s") stay; a word before
    /// the digits needs a number of three characters or more ("covid19", "g20" stay). Returns the offset, or 0.
    /// </summary>
    private int NumberGlue(ReadOnlySpan<char> line, int start, int end, int runStart, int runEnd, bool digitBefore, bool digitAfter)
    {
        var word = line[runStart..runEnd];
        if (word.Length < 4 || !IsAllLower(word) || !lexicon.TryGet(word, out var e) || !e.IsLower) return 0;
        if (digitBefore && digitAfter) return 0; // "1a2b3": a code
        if (digitBefore)
        {
            int d = runStart;
            while (d > start && (char.IsDigit(line[d - 1]) || line[d - 1] is ',' or '.' && d - 1 > start && char.IsDigit(line[d - 2]))) d--;
            if (d > start && char.IsLetter(line[d - 1])) return 0; // "a4paper", "mp3player"
            return runStart;
        }
        int k = runEnd;
        while (k < end && (char.IsDigit(line[k]) || line[k] is ',' or '.' && k + 1 < end && char.IsDigit(line[k + 1]))) k++;
        if (k < end && char.IsLetter(line[k])) return 0;
        if (k - runEnd < 3) return 0;
        if (runStart > start && char.IsLetter(line[runStart - 1])) return 0;
        return runEnd;
    }

    private void SplitRunCached(ReadOnlySpan<char> run, int offset, List<int> positions, DecisionCache cache)
    {
        if (cache.Lookup.TryGetValue(run, out var known))
        {
            foreach (int p in known) positions.Add(offset + p);
            return;
        }
        int before = positions.Count;
        SplitRun(run, offset, positions);
        var decision = positions.Count == before ? [] : new int[positions.Count - before];
        for (int k = 0; k < decision.Length; k++) decision[k] = positions[before + k] - offset;
        if (cache.Decisions.Count >= CacheLimit) cache.Decisions.Clear();
        cache.Decisions[run.ToString()] = decision;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private void SplitRun(ReadOnlySpan<char> run, int offset, List<int> positions)
    {
        int apostrophe = run.IndexOfAny('\'', '\u2019', '\u02BC');
        if (apostrophe < 0)
        {
            SplitWord(run, offset, positions);
            return;
        }
        SplitWord(run[..apostrophe], offset, positions);
        // "Trump’sadministration": a possessive glued to the next word.
        var after = run[(apostrophe + 1)..];
        int next = after.IndexOfAny('\'', '\u2019', '\u02BC');
        if (next >= 0) after = after[..next];
        if (after.Length >= 4 && after[0] == 's' && IsAllLower(after))
        {
            var rest = after[1..];
            int restOffset = offset + apostrophe + 2;
            if (lexicon.TryGet(rest, out var e) && e.IsLower)
                positions.Add(restOffset);
            else if (!lexicon.Contains(after) && LowerSplitPositions(rest, restOffset, positions, out _))
                positions.Add(restOffset);
        }
    }

    /// <summary>Decides one run of letters without apostrophes.</summary>
    private void SplitWord(ReadOnlySpan<char> word, int offset, List<int> positions)
    {
        if (word.Length < 3) return;
        int camel = CamelJoin(word);
        if (camel > 0)
        {
            SplitCamel(word, camel, offset, positions);
            return;
        }
        if (word.Length < MinGluedLength || word.Length > WordSegmenter.MaxLength) return;
        bool firstUpper = char.IsUpper(word[0]);
        if (!IsAllLower(word[1..])) return; // acronyms and odd mixtures stay
        if (lexicon.Contains(word)) return;
        if (firstUpper) SplitCapitalized(word, offset, positions);
        else LowerSplitPositions(word, offset, positions, out _);
    }

    /// <summary>Index of the first lower-to-upper case change ("inNew" → 2), or 0.</summary>
    private static int CamelJoin(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return i;
        return 0;
    }

    private void SplitCamel(ReadOnlySpan<char> word, int k, int offset, List<int> positions)
    {
        if (lexicon.IsMixedCaseName(word)) return;
        var left = word[..k];
        var right = word[k..];
        bool rightIsAcronym = right.Length >= 2 && !HasLower(right);
        if (char.IsLower(word[0]))
        {
            // "onTikTok", "blockedKosovo", "theUN"; but "iPhone", "eBay", "mRNA" stay.
            if (left.Length < 2 || classes.BrandOpenings.Contains(left) || !IsAllLower(left)) return;
            if (rightIsAcronym ? !classes.FunctionWords.Contains(left) : right.Length < 3 || !char.IsLower(right[1])) return;
            bool leftIsWord = classes.ShortWords.Contains(left) || classes.FunctionWords.Contains(left)
                || (left.Length > 2 && lexicon.TryGet(left, out var le) && le.IsLower);
            if (!leftIsWord && !LowerSplitPositions(left, offset, positions, out _))
                return;
            positions.Add(offset + k);
            if (!rightIsAcronym) SplitWord(right, offset + k, positions);
            return;
        }
        // "PresidentAleksandar", "TheHague"; but "YouTube", "PlayStation", "MacArthur", "LinkedIn" stay.
        if (word.Length < 2 || !char.IsLower(word[1]) || rightIsAcronym) return;
        if (classes.NamePrefixes.Contains(left) || lexicon.Contains(word)) return;
        bool leftCommon = classes.FunctionWords.Contains(left) || (lexicon.TryGet(left, out var l) && l.IsLower);
        if (!leftCommon) return;
        int k2 = CamelJoin(right);
        var rightWord = k2 > 0 ? right[..k2] : right;
        if (rightWord.Length < 3 || !char.IsLower(rightWord[1])) return;
        // "PowerPoint" stays (a common word after the join); "PresidentJohn" splits (a name more than a word)
        if (lexicon.TryGet(rightWord, out var r) && r.IsLower && !(r.IsName && r.NameCost < r.LowerCost)) return;
        positions.Add(offset + k);
        SplitWord(right, offset + k, positions);
    }

    /// <summary>
    /// Splits an unknown lower-case run ("stateremained", "tothe") when every part is a confident word and the
    /// run is not a derived word or compound. Adds the positions and returns true when it split.
    /// </summary>
    private bool LowerSplitPositions(ReadOnlySpan<char> word, int offset, List<int> positions, out int parts)
    {
        parts = 0;
        if (word.Length < MinGluedLength || lexicon.Contains(word)) return false;
        if (IsDerivedWord(word) || HasCompoundPrefix(word)) return false;
        Span<int> ends = stackalloc int[WordSegmenter.MaxLength];
        int count = _segmenter.Segment(word, ends, out _);
        if (count < 2 || count > 4) return false;
        if (!Confident(word, ends[..count])) return false;
        for (int i = 0; i < count - 1; i++) positions.Add(offset + ends[i]);
        parts = count;
        return true;
    }

    /// <summary>
    /// Whether a split reads as glued words rather than one compound or foreign word. Function words may
    /// join anything ("tothe", "officernear"); a short word needs a plausible place ("policein", "attendinga",
    /// "inplacing"); two content words need a sign of a phrase: an inflected first word ("facilitatedtalks"),
    /// a past-tense second word ("stateremained") or two very common long words ("usemilitary").
    /// </summary>
    private bool Confident(ReadOnlySpan<char> word, ReadOnlySpan<int> ends)
    {
        int count = ends.Length;
        bool allFunction = true, anyFunction = false;
        int shortParts = 0;
        for (int i = 0; i < count; i++)
        {
            var part = Part(word, ends, i);
            bool function = IsFunction(part);
            allFunction &= function;
            anyFunction |= function;
            if (part.Length <= 2) shortParts++;
        }
        if (allFunction)
            return count == 2 && !Part(word, ends, 0).Equals(Part(word, ends, 1), StringComparison.OrdinalIgnoreCase)
                && (Part(word, ends, 1).Length >= 2
                    // "overa", "intoa", "witha": a word of three letters or more before the article "a"
                    || Part(word, ends, 1) is "a" && Part(word, ends, 0).Length >= 3 && !classes.Determiners.Contains(Part(word, ends, 0)));
        if (shortParts > 1) return false;
        float limit = anyFunction ? WordSegmenter.LargeListCost : WordSegmenter.CommonCost;
        for (int i = 0; i < count; i++)
        {
            var part = Part(word, ends, i);
            if (part.Length <= 2)
            {
                if (i == count - 1)
                {
                    var previous = Part(word, ends, i - 1);
                    if (!classes.StrongFinalWords.Contains(part) && !IsFunction(previous) && !(previous.Length >= 5 && IsInflected(previous)))
                        return false;
                }
                else if (i == 0)
                {
                    if (!classes.OpeningShortWords.Contains(part) || Part(word, ends, 1).Length < 4) return false;
                }
                else return false;
                continue;
            }
            if (IsFunction(part)) continue;
            float cost = lexicon.LowerCost(part);
            if (cost > limit) return false;
            if (part.Length < 4 && cost > 5f) return false;
        }
        if (anyFunction) return true;
        if (count != 2) return false;
        var first = Part(word, ends, 0);
        var second = Part(word, ends, 1);
        if (classes.CompoundHeads.Contains(second) || classes.CompoundPrefixes.Contains(first)) return false;
        if (first.Length >= 5 && (first.EndsWith("ed") || first.EndsWith("ing") || IsPlural(first))) return true;
        if (second.Length >= 5 && second.EndsWith("ed")) return true;
        if (second.Length >= 4 && classes.AfterNameWords.Contains(second)) return true; // a verb: "droughtbegan"
        return word.Length >= 10 && lexicon.LowerCost(first) <= 4.5f && lexicon.LowerCost(second) <= 4.5f;
    }

    private static ReadOnlySpan<char> Part(ReadOnlySpan<char> word, ReadOnlySpan<int> ends, int i) =>
        word[(i == 0 ? 0 : ends[i - 1])..ends[i]];

    private bool IsFunction(ReadOnlySpan<char> part) => classes.FunctionWords.Contains(part);

    private static bool IsInflected(ReadOnlySpan<char> part) =>
        part.Length >= 4 && (part.EndsWith("ing") || part.EndsWith("ed") || IsPlural(part));

    private static bool IsPlural(ReadOnlySpan<char> part) =>
        part.Length >= 4 && part[^1] == 's' && !part.EndsWith("ss") && !part.EndsWith("us") && !part.EndsWith("is");

    /// <summary>A known word plus an inflection or common suffix ("whistleblowers", "livestreamed").</summary>
    private bool IsDerivedWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[WordSegmenter.MaxLength + 2];
        foreach (var suffix in classes.DerivationSuffixes.Words)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (stem.Length < 4) continue;
            if (lexicon.Contains(stem)) return true;
            if (suffix is "ed" or "ing" or "er" or "ers" or "es" && stem.Length < buffer.Length - 1)
            {
                stem.CopyTo(buffer);
                buffer[stem.Length] = 'e';
                if (lexicon.Contains(buffer[..(stem.Length + 1)])) return true;
            }
        }
        return false;
    }

    /// <summary>"counterproductive", "cyberattack": a word-forming prefix before a content word.</summary>
    private bool HasCompoundPrefix(ReadOnlySpan<char> word)
    {
        foreach (var prefix in classes.CompoundPrefixes.Words)
        {
            if (word.Length - prefix.Length < 3 || !word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = word[prefix.Length..];
            if (classes.FunctionWords.Contains(rest) || classes.ShortWords.Contains(rest)) continue;
            if ((lexicon.TryGet(rest, out var e) && e.IsLower) || IsDerivedWord(rest)) return true;
        }
        return false;
    }

    /// <summary>
    /// An unknown capitalised run: "Thecouncil" (a capitalised function word first) or a name with a word
    /// glued after it ("Kurtisaid", "Yorkthat", "Tianioverthrew"). Unknown names ("Huckabee") stay whole.
    /// </summary>
    private void SplitCapitalized(ReadOnlySpan<char> word, int offset, List<int> positions)
    {
        Span<float> best = stackalloc float[WordSegmenter.MaxLength + 1];
        Span<int> next = stackalloc int[WordSegmenter.MaxLength + 1];
        if (!_segmenter.SegmentSuffixes(word, best, next)) return;
        Span<int> ends = stackalloc int[WordSegmenter.MaxLength];
        int n = word.Length;
        if (n >= 6)
        {
            int count = WordSegmenter.Path(n, 0, best, next, ends, out _);
            bool theAndWord = count == 2 && word[..ends[0]].Equals("the", StringComparison.OrdinalIgnoreCase)
                && word.Length - ends[0] >= 5 && !IsFunction(word[ends[0]..]);
            // "Ofthe", "Inthe": only article, preposition or conjunction openers, so that names such as
            // "Hashim" (has + him) or "Ithaca" stay whole
            bool functionWords = count >= 2 && count <= 3 && AllFunction(word, ends[..count])
                && classes.GlueOpeners.Contains(word[..ends[0]]);
            if ((theAndWord || functionWords) && !IsDerivedWord(word) && Confident(word, ends[..count]))
            {
                for (int i = 0; i < count - 1; i++) positions.Add(offset + ends[i]);
                return;
            }
        }
        int bestK = -1, bestParts = 0;
        float bestScore = float.PositiveInfinity;
        Span<int> bestEnds = stackalloc int[WordSegmenter.MaxLength];
        for (int k = 4; k <= n - 2; k++)
        {
            if (float.IsPositiveInfinity(best[k])) continue;
            var prefix = word[..k];
            var suffix = word[k..];
            int count = WordSegmenter.Path(n, k, best, next, ends, out _);
            if (count != 1) continue;
            var first = suffix[..ends[0]];
            bool knownNameOnly = classes.AfterKnownNameOnly.Contains(first);
            bool ok;
            if (classes.AfterNameWords.Contains(first))
                ok = !knownNameOnly || (lexicon.TryGet(prefix, out var pe) && pe.IsName);
            else
                ok = first.Length >= 5 && first.EndsWith("ed") && lexicon.LowerCost(first) <= WordSegmenter.CommonCost
                    && !classes.NameHeads.Contains(first) && !classes.CompoundHeads.Contains(first)
                    && !(lexicon.TryGet(prefix, out var pe2) && pe2.IsLower);
            if (!ok) continue;
            float score = count * 10 + (knownNameOnly ? 5 : 0) + k * 0.01f;
            if (score < bestScore)
            {
                bestScore = score;
                bestK = k;
                bestParts = count;
                ends[..count].CopyTo(bestEnds);
            }
        }
        if (bestK < 0) return;
        positions.Add(offset + bestK);
        for (int i = 0; i < bestParts - 1; i++) positions.Add(offset + bestK + bestEnds[i]);
    }

    private bool AllFunction(ReadOnlySpan<char> word, ReadOnlySpan<int> ends)
    {
        for (int i = 0; i < ends.Length; i++)
            if (!IsFunction(Part(word, ends, i))) return false;
        return true;
    }

    private static bool IsAllLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsUpper(c)) return false;
        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsLower(c)) return true;
        return false;
    }
}
