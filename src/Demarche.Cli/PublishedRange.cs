using System.CommandLine;

namespace Demarche.Cli;

/// <summary>--from/--to on documents' publication dates, for quotes, stances and search.</summary>
internal sealed class PublishedRange
{
    private readonly Option<string?> _from = new("--from") { Description = "from documents published on or after YYYY-MM-DD" };
    private readonly Option<string?> _to = new("--to") { Description = "from documents published on or before YYYY-MM-DD" };

    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
    }

    public bool TryRead(ParseResult parse, TextWriter stderr, out DateOnly? from, out DateOnly? to)
    {
        to = null;
        if (CommandLineApp.TryParseDate(parse.GetValue(_from), out from) && CommandLineApp.TryParseDate(parse.GetValue(_to), out to)) return true;
        stderr.WriteLine("demarche: --from and --to must be YYYY-MM-DD");
        return false;
    }
}
