namespace Demarche.Cluster;

/// <summary><c>watch --cluster</c>: hands the feeds to the cluster, which polls them from then on (a feed grain each).</summary>
public static class ClusterFeeds
{
    public static async Task FollowAsync(IClusterClient client, IReadOnlyList<string> urls, TimeSpan every, bool fetchPages, CancellationToken ct = default)
    {
        int seconds = (int)Math.Max(1, Math.Round(every.TotalSeconds));
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (url, _) => await client.GetGrain<IFeedGrain>(url).Follow(seconds, fetchPages).ConfigureAwait(false)).ConfigureAwait(false);
    }

    public static async Task UnfollowAsync(IClusterClient client, IReadOnlyList<string> urls, CancellationToken ct = default) =>
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (url, _) => await client.GetGrain<IFeedGrain>(url).Unfollow().ConfigureAwait(false)).ConfigureAwait(false);
}
