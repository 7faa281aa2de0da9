using System.Collections.Concurrent;
using System.Net;

namespace Demarche.Watch;

/// <summary>
/// robots.txt of each site, downloaded once and kept for a day: a missing file (4xx) allows everything; a site
/// whose robots.txt cannot be read (5xx, no answer) is treated as disallowing everything for an hour (RFC 9309).
/// </summary>
public sealed class RobotsRules(HttpClient http, string userAgent, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsTxt Rules, DateTimeOffset Until)>>> _sites = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> AllowsAsync(Uri uri, CancellationToken ct)
    {
        var site = HostPoliteness.SiteOf(uri);
        while (true)
        {
            var entry = _sites.GetOrAdd(site, s => new Lazy<Task<(RobotsTxt, DateTimeOffset)>>(() => LoadAsync(s)));
            var (rules, until) = await entry.Value.ConfigureAwait(false);
            if (until > _clock.GetUtcNow()) return rules.Allows(uri.PathAndQuery);
            _sites.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsTxt, DateTimeOffset)>>>(site, entry));
        }
    }

    private async Task<(RobotsTxt, DateTimeOffset)> LoadAsync(string site)
    {
        var now = _clock.GetUtcNow();
        try
        {
            using var response = await http.GetAsync(site + "/robots.txt", CancellationToken.None).ConfigureAwait(false);
            if (response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
                return (RobotsTxt.AllowAll, now.AddDays(1));
            if (!response.IsSuccessStatusCode)
                return (RobotsTxt.DisallowAll, now.AddHours(1));
            var text = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            if (text.Length > 500_000) text = text[..500_000]; // RFC 9309: at least 500 KiB are read
            return (RobotsTxt.Parse(text, userAgent), now.AddDays(1));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return (RobotsTxt.DisallowAll, now.AddHours(1));
        }
    }
}
