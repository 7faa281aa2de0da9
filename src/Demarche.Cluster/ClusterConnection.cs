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
        try
        {
            await host.StartAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new IOException($"cannot join the cluster '{config.ClusterId}' through Redis at {config.Redis}: {e.Message} (is a silo running? start one with 'demarche silo')", e);
        }
        return new ClusterConnection(host);
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
