using System.Net;

namespace Demarche.Watch;

/// <summary>
/// The HTTP stack of <c>watch</c>: every request waits for its site's turn (<see cref="HostPoliteness"/>); with
/// <see cref="RobotsRules"/>, a page that robots.txt disallows is not requested and gets a 403 "disallowed by robots.txt".
/// </summary>
public sealed class PoliteHandler(HostPoliteness politeness, RobotsRules? robots = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri!;
        if (robots is not null && !await robots.AllowsAsync(uri, ct).ConfigureAwait(false))
            return new HttpResponseMessage(HttpStatusCode.Forbidden) { ReasonPhrase = "disallowed by robots.txt", RequestMessage = request };
        using var turn = await politeness.EnterAsync(uri, ct).ConfigureAwait(false);
        return await base.SendAsync(request, ct).ConfigureAwait(false);
    }
}
