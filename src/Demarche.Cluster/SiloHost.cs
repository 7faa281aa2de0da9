using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using StackExchange.Redis;

namespace Demarche.Cluster;

/// <summary>
/// Builds a silo of a Demarche cluster: membership and reminders in Redis (Orleans' Redis providers), the
/// grains of this project, and one <see cref="SiloWork"/> (analyser, batched store writer, feed states).
/// </summary>
public static class SiloHost
{
    public static IHost Build(SiloConfig config, SiloWork work, Action<ILoggingBuilder>? logging = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.Services.AddSingleton(work);
        builder.UseOrleans(silo =>
        {
            ConfigureCluster(silo, config.Cluster);
            silo.UseRedisReminderService(o => o.ConfigurationOptions = Redis(config.Cluster));
            silo.ConfigureEndpoints(config.ResolvedAddress(), config.SiloPort, config.GatewayPort, listenOnAnyHostAddress: true);
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = config.MinimumReminderPeriod);
        });
        return builder.Build();
    }

    /// <summary>The settings a silo of a test cluster (TestingHost) shares with real ones: the same grains, Redis aside.</summary>
    public static void ConfigureCluster(ISiloBuilder silo, ClusterConfig cluster)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = "demarche";
        });
        silo.UseRedisClustering(o => o.ConfigurationOptions = Redis(cluster));
        ConfigureTimeouts(silo.Services, cluster);
    }

    internal static void ConfigureTimeouts(IServiceCollection services, ClusterConfig cluster)
    {
        services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = cluster.ProbeTimeout;
            o.TableRefreshTimeout = TimeSpan.FromTicks(Math.Min(o.TableRefreshTimeout.Ticks, cluster.ProbeTimeout.Ticks * 2));
            o.IAmAliveTablePublishTimeout = TimeSpan.FromTicks(Math.Min(o.IAmAliveTablePublishTimeout.Ticks, cluster.ProbeTimeout.Ticks * 6));
        });
        services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
    }

    internal static ConfigurationOptions Redis(ClusterConfig cluster)
    {
        var options = ConfigurationOptions.Parse(cluster.Redis);
        options.AbortOnConnectFail = false;
        return options;
    }
}
