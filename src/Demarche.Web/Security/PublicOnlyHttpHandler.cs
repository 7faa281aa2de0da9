using System.Net;
using System.Net.Sockets;

namespace Demarche.Web.Security;

/// <summary>Resolves a host name to its addresses (the system resolver by default; tests give a stub).</summary>
public delegate Task<IPAddress[]> HostResolver(string host, CancellationToken ct);

/// <summary>Opens a TCP stream to an address that the policy allowed (a socket by default; tests may redirect it).</summary>
public delegate ValueTask<Stream> AddressConnector(IPEndPoint endpoint, CancellationToken ct);

/// <summary>
/// The HTTP stack for server-side downloads (URL analysis and ingest): every connection, the first and each
/// one a redirect opens, resolves the host itself and connects only when every address it resolves to is
/// public (<see cref="PublicAddressPolicy"/>), to the address it checked, so that a name cannot resolve
/// differently between the check and the connection. No proxy is used (it would hide the destination).
/// Reusable by any downloader: <c>new PageFetcher(limits, PublicOnlyHttpHandler.Create(…))</c>.
/// </summary>
public static class PublicOnlyHttpHandler
{
    public static SocketsHttpHandler Create(TimeSpan connectTimeout, HostResolver? resolve = null, AddressConnector? connect = null)
    {
        resolve ??= Dns.GetHostAddressesAsync;
        connect ??= ConnectSocket;
        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            UseProxy = false,
            ConnectTimeout = connectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, ct) =>
            {
                var host = context.DnsEndPoint.Host.Trim('[', ']');
                var address = await CheckedAddress(host, resolve, ct).ConfigureAwait(false);
                return await connect(new IPEndPoint(address, context.DnsEndPoint.Port), ct).ConfigureAwait(false);
            },
        };
    }

    /// <summary>The address to connect to for <paramref name="host"/>, or an <see cref="HttpRequestException"/> saying why none may be used.</summary>
    public static async Task<IPAddress> CheckedAddress(string host, HostResolver resolve, CancellationToken ct)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try { addresses = await resolve(host, ct).ConfigureAwait(false); }
            catch (SocketException e) { throw new HttpRequestException($"cannot resolve {host}: {e.Message}", e); }
        }
        if (addresses.Length == 0) throw new HttpRequestException($"cannot resolve {host}");
        if (addresses.FirstOrDefault(a => !PublicAddressPolicy.IsAllowed(a)) is { } refused)
            throw new HttpRequestException($"refused: {host} is a loopback, private, link-local or reserved address ({refused}); only public addresses are fetched");
        return addresses[0];
    }

    private static async ValueTask<Stream> ConnectSocket(IPEndPoint endpoint, CancellationToken ct)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
