using System.Data.Common;
using Demarche.Core.Model;

namespace Demarche.Store;

/// <summary>
/// The actor_months counts a batch adds: events given and received per actor (roll-up key and, when different,
/// the actor's own id), month (or <see cref="Undated"/>) and quad class. Written once per batch, added to what the table holds, so that an
/// actor's profile reads a few rows instead of every event.
/// </summary>
internal sealed class ActorMonthCounts
{
    /// <summary>The month of events without a date: they count in the profile as undated, never drop out.</summary>
    public const string Undated = "undated";

    private readonly Dictionary<(string Actor, string Month, int Quad), (int Given, int Received)> _counts = [];

    public void Add(Document d, Func<string?, string?> keyOf)
    {
        foreach (var e in d.Events)
        {
            if (e.Negated || e.Hypothetical) continue;
            var month = (e.Date ?? d.Info.Published)?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? Undated;
            Count(keyOf(e.Source), e.Source, month, e.Quad, given: true);
            Count(keyOf(e.Target), e.Target, month, e.Quad, given: false);
        }
    }

    private void Count(string? key, string? id, string month, int quad, bool given)
    {
        if (key is not null) Bump(key, month, quad, given);
        if (id is not null && id != key) Bump(id, month, quad, given);
    }

    private void Bump(string actor, string month, int quad, bool given)
    {
        var k = (actor, month, quad);
        var (g, r) = _counts.GetValueOrDefault(k);
        _counts[k] = given ? (g + 1, r) : (g, r + 1);
    }

    public void Write(DbConnection connection, DbTransaction tx)
    {
        if (_counts.Count == 0) return;
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO actor_months (actor, month, quad, given, received) VALUES (@a, @m, @q, @g, @r)
            ON CONFLICT (actor, month, quad) DO UPDATE SET given = actor_months.given + excluded.given, received = actor_months.received + excluded.received
            """;
        var a = cmd.AddParameter("@a", "");
        var m = cmd.AddParameter("@m", "");
        var q = cmd.AddParameter("@q", 0);
        var g = cmd.AddParameter("@g", 0);
        var r = cmd.AddParameter("@r", 0);
        cmd.Prepare();
        foreach (var ((actor, month, quad), (given, received)) in _counts)
        {
            a.Value = actor;
            m.Value = month;
            q.Value = quad;
            g.Value = given;
            r.Value = received;
            cmd.ExecuteNonQuery();
        }
    }
}
