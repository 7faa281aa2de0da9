using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Demarche.Cli.Tests;

/// <summary>
/// Writes the bad-input corpus: every hostile input issue 17 reproduced, the ones Demarche already survived, and
/// good documents in ten languages among them. Generated on each run (nothing big is committed); set
/// DEMARCHE_BAD_INPUT_DIR to keep a copy (BadInputCorpusTests writes it there).
/// </summary>
public static class BadInputCorpus
{
    /// <summary>Good documents, each unique, that must be analysed and stored whatever surrounds them.</summary>
    public static readonly (string Name, string Text)[] GoodTexts =
    [
        ("en-talks.txt", "Mali and Algeria held talks in Algiers on Tuesday about their shared border, officials said."),
        ("fr-sommet.txt", "Le président français a rencontré son homologue sénégalais à Dakar mardi pour parler de sécurité."),
        ("de-gespraeche.txt", "Die Außenminister Deutschlands und Polens trafen sich am Montag in Warschau zu Gesprächen über die Grenze."),
        ("es-acuerdo.txt", "Colombia y Venezuela firmaron el jueves un acuerdo para reabrir los pasos fronterizos."),
        ("ru-peregovory.txt", "Делегации двух стран провели переговоры в Женеве во вторник, сообщили официальные лица."),
        ("ar-mufawadat.txt", "عقد وزيرا خارجية مصر والأردن محادثات في القاهرة يوم الأحد حول الوضع في المنطقة."),
        ("zh-huitan.txt", "两国外长星期三在北京举行会谈，讨论边境问题和贸易合作。"),
        ("ja-kaidan.txt", "両国の首脳は金曜日に東京で会談し、経済協力について話し合った。"),
        ("hi-baatcheet.txt", "भारत और नेपाल के विदेश मंत्रियों ने सोमवार को काठमांडू में सीमा पर बातचीत की।"),
        ("tr-gorusme.txt", "Türkiye ve Yunanistan dışişleri bakanları salı günü Ankara'da bir araya geldi."),
        ("el-synomilies.txt", "Οι υπουργοί Εξωτερικών της Ελλάδας και της Κύπρου συναντήθηκαν την Τετάρτη στην Αθήνα."),
        ("en-emoji.txt", "\U0001F600\U0001F30D Kenya sent 300 police officers to Haiti on Monday, the government said."),
        ("en-controls.txt", "Peru\u0007 and Chile\u001b[31m agreed on Friday to reopen the border crossing\u007f at Tacna."),
    ];

    /// <summary>How many documents the corpus holds that must be analysed (the good texts, plus good lines, items and records inside bad containers).</summary>
    public static int GoodDocuments => GoodTexts.Length
        + 3 /* jsonl lines */ + 1 /* feed item */ + 1 /* warc record */ + 1 /* UTF-16 with a BOM */ + 1 /* deep html */ + 1 /* a 5 MB attribute */ + 1 /* escapes in the title */ + 1 /* escape in the name */;

    public static void Write(string dir)
    {
        Directory.CreateDirectory(dir);
        void Bytes(string name, byte[] b) { var p = Path.Combine(dir, name); Directory.CreateDirectory(Path.GetDirectoryName(p)!); File.WriteAllBytes(p, b); }
        void Text(string name, string t) => Bytes(name, Encoding.UTF8.GetBytes(t));

        foreach (var (name, text) in GoodTexts) Text("good/" + name, text);

        // bytes that are no text
        Bytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x00]);
        Bytes("empty.txt", []);
        Text("blank.txt", " \n\t\n  ");
        Bytes("invalid-utf8.txt", [.. "Talks in "u8, 0xC3, 0x28, 0xA0, 0xA1, .. " Doha."u8]);
        Bytes("utf16-bom.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Ghana and Togo signed a fisheries accord in Lomé on Thursday.")]);
        Bytes("utf16-no-bom.txt", Encoding.Unicode.GetBytes("Text in UTF-16 without a byte-order mark."));
        Bytes("lone-surrogate-cesu.txt", [.. "x "u8, 0xED, 0xA0, 0x80, .. " y"u8]);

        // compression
        Bytes("bomb.txt.gz", GzipOfZeros(200L * 1024 * 1024));
        var article = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Uganda and Rwanda met in Kigali on Tuesday. ", 40))));
        Bytes("truncated.txt.gz", article[..(article.Length / 2)]);
        var crc = (byte[])article.Clone();
        crc[^6] ^= 0xFF;
        Bytes("bad-crc.txt.gz", crc);
        Bytes("not-gzip.txt.gz", "plain text named .gz"u8.ToArray());

        // HTML
        Text("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep text about Niger and Benin talks.</p></body></html>");
        Text("huge-attribute.html", "<html><body><p title=\"" + new string('a', 5_000_000) + "\">Short body.</p></body></html>");
        Text("escapes-title.html", "<html><head><title>Talks\u001b]0;pwned\u0007\u001b[2J resume</title></head><body><article><p>Sudan and Chad resumed talks in N'Djamena on Monday, officials said.</p></article></body></html>");
        Text("no-article.html", "<html><head><title>x</title></head><body><nav>Home</nav></body></html>");

        // JSON Lines: three good lines among broken ones
        var jsonl = new StringBuilder();
        jsonl.Append("{\"id\":\"j1\",\"text\":\"Bolivia and Paraguay agreed on Monday to build a new bridge.\"}\n");
        jsonl.Append("{\"id\":\"j2\",\"text\":\"x \\ud800 y\"}\n");
        jsonl.Append("{\"id\":\"j3\",\"text\":\"truncated\n");
        jsonl.Append("[1,2,3]\n");
        jsonl.Append("{\"id\":\"j4\"}\n");
        jsonl.Append("{\"id\":\"j5\",\"text\":\"").Append('a', 21 * 1024 * 1024).Append("\"}\n");
        jsonl.Append("{\"id\":\"j6\",\"html\":\"<p>Laos and Thailand opened a rail link on Sunday.</p>\"}\n");
        jsonl.Append(new string('[', 10_000)).Append('\n');
        jsonl.Append("{\"id\":\"j7\",\"text\":\"Oman mediated talks between the two sides on Wednesday.\"}");
        Text("lines.jsonl", jsonl.ToString());
        Bytes("lines-bad-utf8.jsonl", [.. "{\"text\":\"a"u8, 0xFF, .. "\"}\n"u8]);

        // feeds
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++)
            entities.Append($"<!ENTITY lol{level} \"").Append(string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))).Append("\">");
        Text("laughs.xml", $"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>a</title><description>&lol9;</description></item></channel></rss>");
        Text("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>");
        Text("broken.rss", "<rss version=\"2.0\"><channel><title>t</title><item><title>a</descr");
        Text("no-items.rss", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        Text("items.rss", "<rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>big</title><description>" + new string('b', 11 * 1024 * 1024) + "</description></item>"
            + "<item><title>ok</title><description>Namibia and Botswana opened a new border post on Friday.</description></item>"
            + "<item><title>empty</title></item></channel></rss>");

        // WARC: a good record, a truncated one, a corrupt gzip member
        var good = WarcRecord("https://news.example.org/a", "<html><body><article><p>Malawi and Zambia signed a power deal in Lusaka on Tuesday.</p></article></body></html>");
        var cut = WarcRecord("https://news.example.org/b", "<html><body><p>This record is cut short by the end of the file.</p></body></html>");
        var corrupt = Gzip(WarcRecord("https://news.example.org/c", "<html><body><p>Corrupt.</p></body></html>"));
        corrupt[corrupt.Length / 2] ^= 0x55;
        Bytes("crawl.warc.gz", [.. Gzip(good), .. corrupt, .. Gzip(cut)[..40]]);
        Bytes("lengths.warc", [.. Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\nshort"), .. cut[..(cut.Length / 2)]]);

        // names and files that are not files
        Text($"name-with-escape-\u001b[31m.txt", "Gabon and Cameroon held talks in Libreville on Monday.");
        if (!OperatingSystem.IsWindows())
        {
            Run("mkfifo", Path.Combine(dir, "fifo.txt"));
            Directory.CreateDirectory(Path.Combine(dir, "loops"));
            File.CreateSymbolicLink(Path.Combine(dir, "loops", "up"), dir);
            File.CreateSymbolicLink(Path.Combine(dir, "loops", "self"), Path.Combine(dir, "loops"));
            File.CreateSymbolicLink(Path.Combine(dir, "dangling.txt"), Path.Combine(dir, "no-such-file.txt"));
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    private static byte[] GzipOfZeros(long bytes)
    {
        var ms = new MemoryStream();
        var zeros = new byte[1 << 20];
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            for (long n = 0; n < bytes; n += zeros.Length) gz.Write(zeros);
        return ms.ToArray();
    }

    private static byte[] WarcRecord(string uri, string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
        var head = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Target-URI: {uri}\r\n"
            + $"WARC-Date: 2025-06-03T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
        return [.. head, .. http, .. "\r\n\r\n"u8];
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        p.WaitForExit();
    }
}
