using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Demarche.Web.Security;

/// <summary>The web app's sign-in with the server's token: a form post that sets an HttpOnly, SameSite=Strict cookie.</summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/sign-in", async (HttpContext http, AccessToken token) =>
        {
            var form = await http.Request.ReadFormAsync();
            var back = LocalPath(form["return"]);
            if (!token.Matches(form["token"])) return Results.LocalRedirect("/sign-in?failed=1&return=" + Uri.EscapeDataString(back));
            http.Response.Cookies.Append(AccessToken.Cookie, form["token"].ToString(), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/", IsEssential = true,
            });
            return Results.LocalRedirect(back);
        }).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/auth/sign-out", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(AccessToken.Cookie, new CookieOptions { Path = "/" });
            return Results.LocalRedirect("/");
        }).DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>A path on this site to go back to (anything else becomes "/", so the form cannot send people elsewhere).</summary>
    public static string LocalPath(string? s) =>
        s is { Length: > 0 } && s[0] == '/' && !s.StartsWith("//", StringComparison.Ordinal) && !s.StartsWith("/\\", StringComparison.Ordinal) ? s : "/";
}
