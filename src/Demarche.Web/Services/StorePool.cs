using System.Collections.Concurrent;
using System.Data.Common;
using Demarche.Store;

namespace Demarche.Web.Services;

/// <summary>
/// Open store connections shared by requests: one store (one connection) per request at a time, at most
/// <c>size</c> at once, kept open between requests (SQLite's page cache stays warm; the migration check runs
/// once per connection). A connection that failed is closed rather than handed out again.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string _target;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<DemarcheStore> _idle = [];

    public StorePool(string target, int size)
    {
        _target = target;
        _slots = new SemaphoreSlim(Math.Max(1, size));
        var first = DemarcheStore.Open(target); // migrates now, and says at start when the store cannot be opened
        Location = first.Location;
        _idle.Add(first);
    }

    /// <summary>The file or the PostgreSQL server and database (never a password).</summary>
    public string Location { get; }

    /// <summary>Runs <paramref name="work"/> on a store of the pool.</summary>
    public async Task<T> UseAsync<T>(Func<DemarcheStore, T> work, CancellationToken ct = default)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        DemarcheStore? store = null;
        try
        {
            store = _idle.TryTake(out var s) ? s : DemarcheStore.Open(_target);
            var result = work(store);
            _idle.Add(store);
            store = null;
            return result;
        }
        catch (DbException)
        {
            store?.Dispose();
            store = null;
            throw;
        }
        finally
        {
            if (store is not null) _idle.Add(store);
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
    }
}
