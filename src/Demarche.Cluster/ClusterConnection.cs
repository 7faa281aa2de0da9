using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Demarche.Cluster;

/// <summary>A client connected to a running cluster (through the gateways listed in Redis); dispose to disconnect.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>How long connecting may take before it is given up (no silo running).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Connects, or throws <see cref="IOException"/> with what went wrong (no silo running, Redis unreachable).</summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterConfig config, CancellationToken ct = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config.ClusterId;
                o.ServiceId = "demarche";
            });
            client.UseRedisClustering(o => o.ConfigurationOptions = SiloHost.Redis(config));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = config.ResponseTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            host.Dispose();
            throw new IOException($"cannot reach the cluster '{config.ClusterId}': {Why(e, config)}");
        }
        return new ClusterConnection(host);
    }

    /// <summary>What a user can act on, without StackExchange.Redis's page of diagnostics.</summary>
    private static string Why(Exception e, ClusterConfig config)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
            if (x is StackExchange.Redis.RedisConnectionException or StackExchange.Redis.RedisTimeoutException)
                return $"Redis does not answer at {config.Redis}";
        if (e is OperationCanceledException)
            return $"no silo answered within {ConnectTimeout.TotalSeconds:0} s (is one running with this --cluster and --cluster-id? start one with 'demarche silo')";
        return e.Message.Split(" - ", 2)[0];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }
}
