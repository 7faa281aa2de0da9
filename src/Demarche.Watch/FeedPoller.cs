using System.Security.Cryptography;
using System.Text;
using Demarche.Input;
using Demarche.Input.Feeds;

namespace Demarche.Watch;

/// <summary>One feed item not stored yet: the key it is remembered by, and the entry.</summary>
public sealed record NewFeedItem(string Key, string Source, FeedEntry Entry);

/// <summary>What one poll of a feed gave: unchanged (304), a failure, or the items not stored yet and the new validators.</summary>
public sealed record FeedPoll(bool Unchanged, string? Error, HttpValidators? Validators, IReadOnlyList<NewFeedItem> NewItems, int Entries)
{
    public static FeedPoll Failed(string error) => new(false, error, null, [], 0);
}

/// <summary>
/// Polls one feed: a conditional GET (ETag, Last-Modified), the feed parsed (links resolved against its address),
/// and the items already stored (<c>feed_items</c>) left out, so that a changed feed costs only its new items.
/// </summary>
public sealed class FeedPoller(WatchHttp http, FeedStates states)
{
    public async Task<FeedPoll> PollAsync(FeedState feed, CancellationToken ct)
    {
        var page = await http.Feeds.FetchAsync(feed.Url, http.Limits.MaxFeedBytes, LinkOrigin.User, feed.Validators, ct).ConfigureAwait(false);
        if (page.Error is { } error) return FeedPoll.Failed(error);
        if (page.NotModified) return new FeedPoll(true, null, feed.Validators, [], 0);
        var text = ContentDecoder.Decode(page.Body, page.Charset, out var decodeError);
        if (text is null) return FeedPoll.Failed(decodeError!);
        IReadOnlyList<FeedEntry> entries;
        try
        {
            entries = FeedEntries.Parse(text, new Uri(page.Url));
        }
        catch (FormatException e)
        {
            return FeedPoll.Failed(e.Message);
        }
        var keyed = entries.Select(e => (Key: KeyOf(e), Entry: e)).DistinctBy(e => e.Key).ToList();
        var seen = states.Seen(feed.Url, keyed.Select(k => k.Key).ToList());
        var fresh = keyed.Where(k => !seen.Contains(k.Key))
            .Select(k => new NewFeedItem(k.Key, feed.Url + "#" + (k.Entry.Id ?? k.Key), k.Entry))
            .ToList();
        return new FeedPoll(false, null, page.Validators is { IsEmpty: false } v ? v : null, fresh, entries.Count);
    }

    /// <summary>An item is its id (guid, Atom id) or link; without either, a hash of its title and content.</summary>
    public static string KeyOf(FeedEntry entry) =>
        entry.Id ?? entry.Link ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Title + "\n" + entry.Content)))[..32];
}
