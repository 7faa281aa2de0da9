using System.Reflection;
using Demarche.Web.Api;
using Demarche.Web.Components;
using Demarche.Web.Security;
using Demarche.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Demarche.Web;

/// <summary>
/// The process behind <c>demarche serve</c>: the HTTP API under /api (OpenAPI at /openapi/v1.json, a reference
/// page at /scalar) and the web app (Blazor, interactive on the server), on one store.
/// </summary>
public static class WebServer
{
    /// <summary>Builds the server; it listens once started.</summary>
    /// <exception cref="ArgumentException">Bad --urls, or an address off loopback without a token.</exception>
    /// <param name="configure">last changes before the build (tests use a test server)</param>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null, string? applicationName = null)
    {
        var urls = ListenAddresses.Parse(options.Urls);
        if (ListenAddresses.Refusal(urls, options.Token) is { } why) throw new ArgumentException(why);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = applicationName ?? Assembly.GetEntryAssembly()?.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // a page of another site that a name resolving to 127.0.0.1 would let in (DNS rebinding) is turned away
        builder.Configuration["AllowedHosts"] = urls.All(ListenAddresses.IsLoopback) ? "localhost;127.0.0.1;[::1]" : "*";
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // standard output is for the URL
        builder.WebHost.UseStaticWebAssets(); // MudBlazor's and Blazor's files, from the packages, when not published
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.AddServerHeader = false;
        });

        var s = builder.Services;
        s.AddSingleton(options);
        s.AddSingleton(_ => new StorePool(options.Store, options.StoreConnections));
        s.AddSingleton<AnalysisService>();
        s.AddSingleton(new AccessToken(options.Token));
        s.AddProblemDetails();
        s.AddExceptionHandler<ProblemExceptionHandler>();
        s.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        s.AddAuthorizationBuilder().AddPolicy(TokenAuthenticationHandler.WritePolicy, p => p.RequireAuthenticatedUser());
        s.AddCascadingAuthenticationState();
        s.AddDataProtection().UseEphemeralDataProtectionProvider();
        s.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Demarche API";
            doc.Info.Description = "Who did what to whom in international news, sourced to the words. Lists are paged by cursor: "
                + "pass a page's 'next' as 'cursor' for the one after. Writes and analyses need 'Authorization: Bearer TOKEN' when the server has a token.";
            return Task.CompletedTask;
        }));
        s.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(h => h.MaximumReceiveMessageSize = options.MaxBodyBytes); // a pasted article is one message
        s.AddMudServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Services.GetRequiredService<StorePool>(); // opens (and migrates) the store now: a bad --db fails at start
        app.Services.GetRequiredService<AnalysisService>(); // starts loading the dictionaries
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.Use(LimitBody(options.MaxBodyBytes));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Demarche API").DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp());
        app.MapDemarcheApi();
        app.MapSignIn();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Refuses a body larger than the limit (413, as a problem): before it is read when its length is declared, else once it passes it.</summary>
    private static Func<HttpContext, RequestDelegate, Task> LimitBody(long max) => (http, next) =>
    {
        if (http.Request.ContentLength > max)
            throw new ApiException(413, "Request too large", $"the request body is {http.Request.ContentLength:N0} bytes; at most {max:N0} are accepted");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        if (http.Request.ContentLength is null && !http.WebSockets.IsWebSocketRequest) http.Request.Body = new LimitedBodyStream(http.Request.Body, max);
        return next(http);
    };
}
