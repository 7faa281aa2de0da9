using System.Text;
using Demarche.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
try
{
    int code;
    using (Demarche.Core.Data.StartupTrace.Step("command run"))
        code = CommandLineApp.Run(args, stdout, stderr);
    Demarche.Core.Data.StartupTrace.PrintMappedFiles();
    return code;
}
finally
{
    stdout.Flush();
}
