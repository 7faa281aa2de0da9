using System.CommandLine;
using Demarche.Cli;

return await CommandLineApp.RunAsync(args);
