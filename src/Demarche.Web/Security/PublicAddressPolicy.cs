using System.Net;
using System.Net.Sockets;

namespace Demarche.Web.Security;

/// <summary>
/// Which addresses a server-side download may connect to: public unicast addresses only. Refused: loopback,
/// private (RFC 1918, IPv6 unique-local), carrier-grade NAT, link-local (which holds the cloud metadata service
/// 169.254.169.254), "this network", benchmarking, documentation-free special ranges, multicast, broadcast and
/// reserved ranges, and IPv6 addresses that embed a refused IPv4 address (mapped, NAT64, 6to4).
/// </summary>
public static class PublicAddressPolicy
{
    private static readonly (IPAddress Network, int Bits)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT (and some cloud metadata services)
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
    ];

    private static readonly (IPAddress Network, int Bits)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("fc00::"), 7),         // unique-local (private)
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
        (IPAddress.Parse("100::"), 64),         // discard
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
    ];

    /// <summary>True when a download may connect to <paramref name="address"/>.</summary>
    public static bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsAllowed(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return !RefusedV4.Any(r => InRange(address, r.Network, r.Bits));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (RefusedV6.Any(r => InRange(address, r.Network, r.Bits))) return false;
        var bytes = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return IsAllowed(new IPAddress(bytes.AsSpan(12, 4)));
        if (InRange(address, Nat64, 96)) return IsAllowed(new IPAddress(bytes.AsSpan(12, 4)));
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return IsAllowed(new IPAddress(bytes.AsSpan(2, 4)));
        return true;
    }

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        if (address.AddressFamily != network.AddressFamily) return false;
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        int whole = bits / 8, rest = bits % 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole))) return false;
        if (rest == 0) return true;
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
