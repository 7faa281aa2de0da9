using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Demarche.Web.Security;

/// <summary>The server's access token, if one was given.</summary>
public sealed class AccessToken(string? token)
{
    public const string Cookie = "demarche_token";
    public const string Header = "X-Demarche-Token";

    public bool Required => token is not null;

    /// <summary>Compared in constant time, so the time taken says nothing about the token.</summary>
    public bool Matches(string? given) =>
        token is not null && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(given));
}

/// <summary>
/// Who may write and analyse: everyone when the server has no token (it then listens on loopback only), else
/// requests that carry the token as <c>Authorization: Bearer …</c>, an <c>X-Demarche-Token</c> header, or the
/// cookie that the web app's sign-in page sets (HttpOnly, SameSite=Strict: other sites' pages cannot send it).
/// </summary>
public sealed class TokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessToken token)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemarcheToken";
    public const string WritePolicy = "write";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!token.Required) return Task.FromResult(Success("local"));
        var given = Given(Request);
        if (given is null) return Task.FromResult(AuthenticateResult.NoResult());
        return Task.FromResult(token.Matches(given) ? Success("token") : AuthenticateResult.Fail("wrong token"));
    }

    private static string? Given(HttpRequest request)
    {
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return auth["Bearer ".Length..].Trim();
        if (request.Headers[AccessToken.Header].ToString() is { Length: > 0 } header) return header;
        return request.Cookies[AccessToken.Cookie];
    }

    private AuthenticateResult Success(string how) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, how)], SchemeName)), SchemeName));

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Token required",
            detail: "this server requires its token for writes and analyses: send 'Authorization: Bearer TOKEN'").ExecuteAsync(Context);
    }
}
