using System.Collections.Concurrent;

namespace Demarche.Watch;

/// <summary>
/// Politeness toward each site (scheme, host and port, as robots.txt counts them): one request at a time, and at
/// least <c>delay</c> between the end of one and the start of the next. Requests to different sites do not wait
/// for each other.
/// </summary>
public sealed class HostPoliteness(TimeSpan delay, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Site> _sites = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Delay => delay;

    private sealed class Site
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public DateTimeOffset FreeAt;
    }

    public static string SiteOf(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    /// <summary>Waits for the site's turn; dispose the result when the request is over.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken ct)
    {
        var site = _sites.GetOrAdd(SiteOf(uri), _ => new Site());
        await site.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var wait = site.FreeAt - _clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
        }
        catch
        {
            site.Gate.Release();
            throw;
        }
        return new Turn(this, site);
    }

    private sealed class Turn(HostPoliteness owner, Site site) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1) return;
            site.FreeAt = owner._clock.GetUtcNow() + owner.Delay;
            site.Gate.Release();
        }
    }
}
