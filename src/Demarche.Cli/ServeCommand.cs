using System.CommandLine;
using Demarche.Web;
using Demarche.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Demarche.Cli;

/// <summary><c>demarche serve</c>: the web app and the HTTP API on the store; its first line of output is the address to open.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = StoreCommands.DbOption();
        var urls = new Option<string>("--urls") { Description = "addresses to listen on, ';'-separated (default http://127.0.0.1:8080); any but loopback needs --token", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var token = new Option<string?>("--token") { Description = "a secret that writes and analyses then require (Authorization: Bearer …); default $DEMARCHE_TOKEN" };
        var dict = new Option<string?>("--dict") { Description = "a folder of YAML files that add or override actors (as for analyze)" };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "let URLs given to analyse or ingest (and their redirects) lead to loopback, private and link-local addresses (refused by default)",
        };
        var disable = CommandLineApp.DisableOption();
        var cmd = new Command("serve", "Serve the web app and the HTTP API on the store (an article's facts on its text, actors, the network, events, search).") { db, urls, token, dict, disable, allowPrivate };
        cmd.SetAction(parse =>
        {
            var options = new WebOptions
            {
                Store = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, Token = WebOptions.TokenFrom(parse.GetValue(token)), UserDictionary = parse.GetValue(dict),
                AllowPrivateAddresses = parse.GetValue(allowPrivate), DisabledStages = parse.GetValue(disable) ?? [],
            };
            if (!CommandLineApp.CheckDisabled(parse.GetValue(disable), stderr)) return CommandLineApp.ExitUsage;
            if (options.UserDictionary is { } folder && !Directory.Exists(folder))
            {
                stderr.WriteLine($"demarche: --dict: no such folder '{folder}'");
                return CommandLineApp.ExitUsage;
            }
            WebApplication app;
            try
            {
                app = WebServer.Build(options);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine("demarche: " + e.Message);
                return CommandLineApp.ExitUsage;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or TimeoutException)
            {
                throw new IOException($"cannot open the {StoreCommands.Describe(options.Store)}: {e.Message}", e);
            }
            using (app)
            {
                app.Start();
                var url = ListenAddresses.BrowserUrl(new Uri(app.Urls.First()));
                stdout.WriteLine(url);
                stdout.WriteLine($"Demarche on {StoreCommands.Describe(options.Store)}: API at {url}api (reference {url}scalar){(options.Token is null ? "" : ", writes need the token")}; Ctrl+C stops.");
                stdout.Flush();
                app.WaitForShutdown();
            }
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }
}
