using Demarche.Core.Model;
using Demarche.Store;

namespace Demarche.Web.Services;

/// <summary>Reads one stored document with all its layers, or null when there is no such document.</summary>
public static class StoredDocuments
{
    public static Document? Read(DemarcheStore store, long id)
    {
        try
        {
            return new DocumentReader(store).Read(id);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The position among its document's events (as <see cref="DocumentReader"/> reads them, by id) of the stored event <paramref name="eventId"/>.</summary>
    public static int? EventIndex(DemarcheStore store, long document, long eventId)
    {
        using var cmd = store.Command("SELECT count(*), max(CASE WHEN id = @e THEN 1 ELSE 0 END) FROM events WHERE document = @d AND id <= @e");
        cmd.AddParameter("@d", document);
        cmd.AddParameter("@e", eventId);
        using var r = cmd.ExecuteReader();
        return r.Read() && !r.IsDBNull(1) && r.Int(1) == 1 ? r.Int(0) - 1 : null;
    }
}
