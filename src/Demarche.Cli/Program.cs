using System.Text;
using Demarche.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
try
{
    using var _ = Demarche.Core.Data.StartupTrace.Step("command run");
    return CommandLineApp.Run(args, stdout, stderr);
}
finally
{
    stdout.Flush();
}
