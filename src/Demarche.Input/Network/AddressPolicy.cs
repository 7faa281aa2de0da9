using System.Net;
using System.Net.Sockets;

namespace Demarche.Input.Network;

/// <summary>Resolves a host name to its addresses (the system resolver by default; tests give a stub).</summary>
public delegate Task<IPAddress[]> HostResolver(string host, CancellationToken ct);

/// <summary>Opens a TCP stream to an address the policy allowed (a socket by default; tests may redirect it).</summary>
public delegate ValueTask<Stream> AddressConnector(IPEndPoint endpoint, CancellationToken ct);

/// <summary>
/// Where a download may go: http and https only, and (unless private addresses are allowed) no loopback,
/// private, link-local, unique-local, carrier-grade NAT, multicast, reserved or unspecified address, which covers
/// the cloud metadata addresses (169.254.169.254, fd00:ec2::254, 100.100.100.200). The address check runs on the
/// address each connection is actually made to (<see cref="ConnectAsync"/>, a
/// <see cref="SocketsHttpHandler.ConnectCallback"/>), so a name that resolves to a public address when checked
/// and to a private one when connecting (DNS rebinding) gains nothing. Used by every downloader: the CLI's
/// (links found in documents), <c>watch</c>'s and the web app's (every URL a request gives).
/// </summary>
public sealed class AddressPolicy(bool allowPrivate = false, HostResolver? resolve = null, AddressConnector? connect = null)
{
    private readonly HostResolver _resolve = resolve ?? Dns.GetHostAddressesAsync;
    private readonly AddressConnector _connect = connect ?? ConnectSocket;

    /// <summary>Public addresses only.</summary>
    public static AddressPolicy Default { get; } = new();

    public bool AllowPrivate { get; } = allowPrivate;

    /// <summary>True for an absolute http or https address (not file:, data:, ftp:, gopher:, ws: …).</summary>
    public static bool IsWebAddress(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Why a connection to <paramref name="address"/> is refused, or null when it may be made.</summary>
    public string? Refusal(IPAddress address) => Refusal(address.ToString(), address);

    /// <summary>Why a connection to <paramref name="host"/> at <paramref name="address"/> is refused, or null when it may be made.</summary>
    private string? Refusal(string host, IPAddress address) =>
        AllowPrivate || NonPublicKind(address) is not { } kind ? null
        : $"refused: {(host == address.ToString() ? host + " is" : $"{host} resolves to {address},")} a {kind} address; only public addresses are fetched (--allow-private allows others)";

    /// <summary>What kind of non-public address this is ("loopback", "private", "link-local" …), or null for a public one.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return NonPublicKind(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => Ipv4Kind(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => Ipv6Kind(address),
            _ => "non-IP",
        };
    }

    private static string? Ipv4Kind(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [127, ..] => "loopback",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [169, 254, ..] => "link-local",
        [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
        [192, 0, 0, _] => "reserved (IETF protocol)",
        [198, 18 or 19, ..] => "reserved (benchmarking)",
        [255, 255, 255, 255] => "broadcast",
        [>= 224 and <= 239, ..] => "multicast",
        [>= 240, ..] => "reserved",
        _ => null,
    };

    private static string? Ipv6Kind(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (address.Equals(IPAddress.IPv6Loopback)) return "loopback";
        var b = address.GetAddressBytes();
        if (b[0] == 0xFF) return "multicast";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "site-local";
        if ((b[0] & 0xFE) == 0xFC) return "unique-local";
        if (b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0) return "discard"; // 100::/64
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "documentation";    // 2001:db8::/32
        // addresses that carry an IPv4 address: NAT64 (64:ff9b::/96), 6to4 (2002::/16), IPv4-compatible (::a.b.c.d)
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return Ipv4Kind(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return Ipv4Kind(b[2..6]);
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return Ipv4Kind(b[12..16]) ?? "IPv4-compatible";
        return null;
    }

    /// <summary>
    /// Resolves the host, drops the addresses this policy refuses, and connects to the first of the others that
    /// answers; throws <see cref="HttpRequestException"/> naming the refused address when none is left.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var allowed = await AllowedAddressesAsync(host, ct).ConfigureAwait(false);
        for (int i = 0; ; i++)
        {
            try
            {
                return await _connect(new IPEndPoint(allowed[i], context.DnsEndPoint.Port), ct).ConfigureAwait(false);
            }
            catch (SocketException) when (i + 1 < allowed.Length)
            {
                // the next address may answer
            }
        }
    }

    /// <summary>The addresses of <paramref name="host"/> a connection may be made to (at least one), or an <see cref="HttpRequestException"/> saying why there is none.</summary>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken ct)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try { addresses = await _resolve(host, ct).ConfigureAwait(false); }
            catch (SocketException e) { throw new HttpRequestException($"cannot resolve {host}: {e.Message}", e); }
        }
        if (addresses.Length == 0) throw new HttpRequestException($"cannot resolve {host}: it has no address");
        var allowed = addresses.Where(a => Refusal(a) is null).ToArray();
        return allowed.Length > 0 ? allowed : throw new HttpRequestException(Refusal(host, addresses[0])!);
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
