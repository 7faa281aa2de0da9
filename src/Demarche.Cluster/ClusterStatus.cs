using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Demarche.Cluster;

/// <summary>One silo as <c>cluster status</c> shows it.</summary>
public sealed record SiloStatusRow(string Silo, string Status, int Feeds, SiloReport? Report, string? Error);

/// <summary><c>cluster status</c>: the silos in the membership table, the feed grains each holds, and each one's counters.</summary>
public static class ClusterStatus
{
    public static async Task<IReadOnlyList<SiloStatusRow>> ReadAsync(IClusterClient client)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: false).ConfigureAwait(false);
        var active = hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key).ToArray();
        var feeds = new Dictionary<SiloAddress, int>();
        foreach (var s in await management.GetSimpleGrainStatistics(active).ConfigureAwait(false))
            if (s.GrainType.Contains(nameof(FeedGrain), StringComparison.Ordinal))
                feeds[s.SiloAddress] = feeds.GetValueOrDefault(s.SiloAddress) + s.ActivationCount;
        var rows = new List<SiloStatusRow>();
        foreach (var (silo, status) in hosts.OrderBy(h => h.Key.ToString(), StringComparer.Ordinal))
        {
            SiloReport? report = null;
            string? error = null;
            if (status == SiloStatus.Active)
            {
                try
                {
                    RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
                    report = await client.GetGrain<ISiloReportGrain>(silo.ToParsableString()).Report().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    error = e.Message;
                }
                finally
                {
                    RequestContext.Remove(IPlacementDirector.PlacementHintKey);
                }
            }
            rows.Add(new SiloStatusRow(silo.ToString(), status.ToString(), feeds.GetValueOrDefault(silo), report, error));
        }
        return rows;
    }
}
