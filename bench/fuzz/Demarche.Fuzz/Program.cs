using System.Text;
using Demarche.Cleaning;
using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Html;
using Demarche.Input;
using Demarche.Input.Feeds;
using Demarche.Input.Warc;
using Demarche.Quantities;
using Demarche.Quotes;
using Demarche.Segmentation;
using SharpFuzz;

// SharpFuzz targets, one per reader of untrusted text; bench/fuzz/run.sh builds, instruments and runs them under AFL++.
// Usage: dotnet Demarche.Fuzz.dll TARGET            (under afl-fuzz: reads inputs from AFL)
//        dotnet Demarche.Fuzz.dll TARGET FILE...    (replays files once each, e.g. a crash AFL saved; needs an uninstrumented build)
// A target fails only by an exception that its component's contract does not allow (a crash), or by a hang.
var targets = new Dictionary<string, Action<byte[]>>
{
    ["html"] = FuzzTargets.Html,
    ["cleaner"] = FuzzTargets.Cleaner,
    ["segmenter"] = FuzzTargets.Segmenter,
    ["quotes"] = FuzzTargets.QuoteMarks,
    ["numbers"] = FuzzTargets.Numbers,
    ["feed"] = FuzzTargets.Feed,
    ["warc"] = FuzzTargets.Warc,
};
if (args.Length == 0 || !targets.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: Demarche.Fuzz " + string.Join('|', targets.Keys) + " [FILE...]");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args.Skip(1)) target(File.ReadAllBytes(file));
    Console.WriteLine($"{args.Length - 1} inputs replayed without a crash");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var ms = new MemoryStream();
    stream.CopyTo(ms);
    target(ms.ToArray());
});
return 0;

internal static class FuzzTargets
{
    private static readonly HtmlArticleExtractor Extractor = new();
    private static readonly TextCleaner TextCleaner = new();
    private static readonly SegmentationAnnotator Segmentation = new();
    private static readonly NumberReader NumberReader = new(QuantityLexicon.Default);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static Document Segment(string text)
    {
        var d = new Document(new DocumentInfo { Source = "fuzz" }, text);
        Segmentation.Annotate(d);
        return d;
    }

    public static void Html(byte[] bytes)
    {
        try { Extractor.Extract(Text(bytes), "https://fuzz.example.org/a"); }
        catch (InsufficientExecutionStackException) { } // reported by the Analyzer as "nests too deeply"
    }

    public static void Cleaner(byte[] bytes) => TextCleaner.Clean(Text(bytes));

    public static void Segmenter(byte[] bytes)
    {
        var d = Segment(Text(bytes));
        int next = 0;
        foreach (var s in d.Sentences)
        {
            if (s.FirstToken != next || s.TokenCount <= 0 || s.TokenCount > 250) throw new InvalidOperationException("sentences do not tile the tokens");
            next = s.EndToken;
        }
        if (next != d.Tokens.Length) throw new InvalidOperationException("tokens left outside every sentence");
    }

    public static void QuoteMarks(byte[] bytes)
    {
        var text = Text(bytes);
        foreach (var q in QuoteMarkScanner.Scan(text, Paragraphs.Of(text)))
            if (q.Start < 0 || q.End > text.Length || q.Start > q.End) throw new InvalidOperationException("a quote outside the text");
    }

    public static void Numbers(byte[] bytes)
    {
        var text = Text(bytes);
        var tokens = new Tokenizer().Tokenize(text);
        var words = new TokenWords(text, tokens);
        for (int i = 0; i < tokens.Length; i++)
            if (NumberReader.MayStart(words, i)) NumberReader.Read(words, i, tokens.Length);
    }

    public static void Feed(byte[] bytes)
    {
        var text = ContentDecoder.Decode(bytes, out _);
        if (text is null) return;
        try { _ = FeedEntries.Parse(text).Sum(e => e.TextLength); }
        catch (FormatException) { } // "not a readable RSS, Atom or JSON feed": the contract
    }

    public static void Warc(byte[] bytes)
    {
        bool gzip = bytes is [0x1F, 0x8B, ..];
        using var reader = new WarcReader("fuzz.warc", new MemoryStream(bytes), gzip, new InputLimits { MaxDocumentBytes = 1 << 20 });
        foreach (var item in reader.Read())
            if (item.Document is null && item.Error is null) throw new InvalidOperationException("an item with neither a document nor an error");
    }
}
