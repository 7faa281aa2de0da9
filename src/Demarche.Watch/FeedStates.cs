using System.Data.Common;
using System.Globalization;
using Demarche.Input.Feeds;
using Demarche.Store;

namespace Demarche.Watch;

/// <summary>
/// The <c>feeds</c> and <c>feed_items</c> tables of the store: which feeds are followed, where each stands, and
/// which of their items are already stored. Thread-safe (one connection, used under a lock); it owns its store.
/// </summary>
public sealed class FeedStates : IDisposable
{
    private readonly DemarcheStore _store;
    private readonly Lock _lock = new();

    public FeedStates(DemarcheStore store) => _store = store;

    public static FeedStates Open(string target) => new(DemarcheStore.Open(target));

    /// <summary>Adds the feed, or changes its interval and --fetch setting; where it stands is kept.</summary>
    public FeedState Register(string url, TimeSpan every, bool fetchPages)
    {
        lock (_lock)
        {
            using var cmd = _store.Command("""
                INSERT INTO feeds (url, every_seconds, fetch_pages, added_at) VALUES (@url, @every, @fetch, @now)
                ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds, fetch_pages = excluded.fetch_pages
                """);
            cmd.AddParameter("@url", url);
            cmd.AddParameter("@every", (int)Math.Max(1, Math.Round(every.TotalSeconds)));
            cmd.AddParameter("@fetch", fetchPages ? 1 : 0);
            cmd.AddParameter("@now", Time(DateTime.UtcNow));
            cmd.ExecuteNonQuery();
            return GetLocked(url)!;
        }
    }

    public FeedState? Get(string url)
    {
        lock (_lock) return GetLocked(url);
    }

    /// <summary>Every feed, by address.</summary>
    public IReadOnlyList<FeedState> All()
    {
        lock (_lock)
        {
            using var cmd = _store.Command(Select + " ORDER BY url");
            return ReadAll(cmd);
        }
    }

    /// <summary>Which of <paramref name="items"/> (keys of one feed's items) are already stored.</summary>
    public HashSet<string> Seen(string feed, IReadOnlyCollection<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (items.Count == 0) return seen;
        lock (_lock)
        {
            foreach (var chunk in items.Distinct().Chunk(200))
            {
                using var cmd = _store.Command($"SELECT item FROM feed_items WHERE feed = @feed AND item IN ({string.Join(", ", chunk.Select((_, i) => "@i" + i))})");
                cmd.AddParameter("@feed", feed);
                for (int i = 0; i < chunk.Length; i++) cmd.AddParameter("@i" + i, chunk[i]);
                using var r = cmd.ExecuteReader();
                while (r.Read()) seen.Add(r.GetString(0));
            }
        }
        return seen;
    }

    /// <summary>Saves where the feed stands and marks <paramref name="doneItems"/> as stored, in one transaction.</summary>
    public void Save(FeedState feed, IEnumerable<string> doneItems)
    {
        lock (_lock)
        {
            using var tx = _store.Connection.BeginTransaction();
            using (var update = _store.Command("""
                UPDATE feeds SET etag = @etag, last_modified = @lm, last_poll = @last, next_poll = @next, polls = @polls,
                    unchanged = @unchanged, items = @items, failures = @failures, last_error = @error, polled_by = @by
                WHERE url = @url
                """, tx))
            {
                update.AddParameter("@etag", feed.Validators?.ETag);
                update.AddParameter("@lm", feed.Validators?.LastModified);
                update.AddParameter("@last", Time(feed.LastPoll));
                update.AddParameter("@next", Time(feed.NextPoll));
                update.AddParameter("@polls", feed.Polls);
                update.AddParameter("@unchanged", feed.Unchanged);
                update.AddParameter("@items", feed.Items);
                update.AddParameter("@failures", feed.Failures);
                update.AddParameter("@error", feed.LastError);
                update.AddParameter("@by", feed.PolledBy);
                update.AddParameter("@url", feed.Url);
                update.ExecuteNonQuery();
            }
            using (var mark = _store.Command("INSERT INTO feed_items (feed, item, seen_at) VALUES (@feed, @item, @at) ON CONFLICT (feed, item) DO NOTHING", tx))
            {
                mark.AddParameter("@feed", feed.Url);
                var item = mark.AddParameter("@item", "");
                mark.AddParameter("@at", Time(DateTime.UtcNow));
                foreach (var key in doneItems.Distinct())
                {
                    item.Value = key;
                    mark.ExecuteNonQuery();
                }
            }
            tx.Commit();
        }
    }

    private const string Select = """
        SELECT url, every_seconds, fetch_pages, added_at, etag, last_modified, last_poll, next_poll, polls, unchanged, items,
               failures, last_error, polled_by
        FROM feeds
        """;

    private FeedState? GetLocked(string url)
    {
        using var cmd = _store.Command(Select + " WHERE url = @url");
        cmd.AddParameter("@url", url);
        return ReadAll(cmd).FirstOrDefault();
    }

    private static List<FeedState> ReadAll(DbCommand cmd)
    {
        var list = new List<FeedState>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var etag = r.StringOrNull(4);
            var lastModified = r.StringOrNull(5);
            list.Add(new FeedState
            {
                Url = r.GetString(0),
                Every = TimeSpan.FromSeconds(r.Int(1)),
                FetchPages = r.Int(2) != 0,
                AddedAt = ParseTime(r.GetString(3))!.Value,
                Validators = etag is null && lastModified is null ? null : new HttpValidators(etag, lastModified),
                LastPoll = ParseTime(r.StringOrNull(6)),
                NextPoll = ParseTime(r.StringOrNull(7)),
                Polls = r.Long(8),
                Unchanged = r.Long(9),
                Items = r.Long(10),
                Failures = r.Int(11),
                LastError = r.StringOrNull(12),
                PolledBy = r.StringOrNull(13),
            });
        }
        return list;
    }

    private static string? Time(DateTime? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTime? ParseTime(string? s) =>
        s is null ? null : DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public void Dispose() => _store.Dispose();
}
