using System.CommandLine;
using System.Globalization;

namespace Demarche.Cli;

/// <summary>The command-line interface: parses arguments, reports usage errors with exit code 2.</summary>
public static class CommandLineApp
{
    public const int ExitOk = 0, ExitFailed = 1, ExitUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return Invoke(args, stdout, stderr);
        }
        catch (Exception e) when (IsReported(e is TypeInitializationException { InnerException: { } cause } ? cause : e))
        {
            // a database that does not answer, a file that cannot be written, no data folder: say what and where, no stack trace
            stderr.WriteLine($"demarche: {TerminalText.Clean(Describe(e))}");
            if (Environment.GetEnvironmentVariable("DEMARCHE_DEBUG") == "1") stderr.WriteLine(e);
            return ExitFailed;
        }
    }

    private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // making the commands already reads the data folder (the stages that --disable names)
        var root = new RootCommand("Demarche: who did what to whom in international news, sourced to the words.");
        root.Subcommands.Add(AnalyzeCommand.Create(stdout, stderr));
        foreach (var command in GrammarCommands.Create(stdout, stderr))
            root.Subcommands.Add(command);
        foreach (var command in StoreCommands.Create(stdout, stderr).Concat(WatchCommands.Create(stdout, stderr)).Concat(ClusterCommands.Create(stdout, stderr)))
            root.Subcommands.Add(command);
        root.Subcommands.Add(DictCommands.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine("demarche: " + TerminalText.Clean(UsageMessages.Plain(error.Message)));
            stderr.WriteLine("Try 'demarche --help'.");
            return ExitUsage;
        }
        // no command at all is a parse error above ("Required command was not provided"), so every parse here has one
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return parse.Invoke(config);
    }

    /// <summary>
    /// The failures reported in one line: a database that does not answer, a file that cannot be read or written, a
    /// bad argument, a data file that does not parse (a user's edit to data/); also when a stage's data failed to load as its type was first used (a missing or unreadable data
    /// folder: the TypeInitializationException around it is not shown).
    /// </summary>
    private static bool IsReported(Exception e) => e is System.Data.Common.DbException or IOException or UnauthorizedAccessException
        or TimeoutException or System.Net.Sockets.SocketException or ArgumentException or InvalidDataException
        || e.GetType().FullName?.StartsWith("YamlDotNet.Core.", StringComparison.Ordinal) == true;

    private static string Describe(Exception e)
    {
        if (e is TypeInitializationException { InnerException: { } cause }) e = cause;
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (!message.Contains(inner.Message, StringComparison.Ordinal)) message += ": " + inner.Message;
        return message;
    }

    /// <summary>--allow-private, for the commands that read URLs.</summary>
    internal static Option<bool> AllowPrivateOption() => new("--allow-private")
    {
        Description = "let links found in documents (feed items with --fetch, redirects) lead to loopback, private and link-local addresses",
    };

    /// <summary>--disable NAME (repeatable, or a comma list): stages of the pipeline to leave out.</summary>
    internal static Option<string[]> DisableOption() => new("--disable")
    {
        Description = "leave out stages of the analysis by name (repeatable or a comma list): "
            + string.Join(", ", Pipeline.StageRegistry.CreateDefault().Names),
    };

    /// <summary>Whether the stages named by --disable exist and the others can run without them; if not, one line on stderr.</summary>
    internal static bool CheckDisabled(string[]? disabled, TextWriter stderr)
    {
        try
        {
            Pipeline.StageRegistry.CreateDefault().Check(disabled ?? []);
            return true;
        }
        catch (Pipeline.PipelineConfigurationException e)
        {
            stderr.WriteLine($"demarche: --disable: {TerminalText.Clean(e.Message)}");
            return false;
        }
    }

    /// <summary>
    /// The standard analyzer with the user's dictionary, without the disabled stages; a dictionary that cannot be read
    /// or a pipeline that cannot be built (an unknown stage, one that others need) is one line on stderr and null.
    /// </summary>
    internal static Pipeline.Analyzer? CreateAnalyzer(string? userDictionary, string[]? disabled, TextWriter stderr)
    {
        if (!CheckDisabled(disabled, stderr)) return null;
        try
        {
            return Pipeline.Analyzer.Create(new Pipeline.PipelineOptions(userDictionary), disabled);
        }
        catch (Exception e) when (userDictionary is not null && e is not OutOfMemoryException)
        {
            stderr.WriteLine($"demarche: --dict: {TerminalText.Clean(Describe(e).Split('\n')[0])}");
            return null;
        }
    }

    public static bool TryParseDate(string? s, out DateOnly? date)
    {
        date = null;
        if (s is null) return true;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        return false;
    }
}
