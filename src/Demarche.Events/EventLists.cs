using Demarche.Core.Model;

namespace Demarche.Events;

/// <summary>Edits of a document's list of events shared by the events stages.</summary>
internal static class EventLists
{
    /// <summary>
    /// Removes in place, keeping the order, the events <paramref name="drop"/> says go; the test is static and gets its
    /// tables as <paramref name="state"/> (no closure a document, as RemoveAll with a capturing lambda made).
    /// </summary>
    public static void RemoveWhere<TState>(List<Event> events, TState state, Func<Event, TState, bool> drop)
    {
        int count = 0;
        for (int i = 0; i < events.Count; i++)
            if (!drop(events[i], state)) events[count++] = events[i];
        events.RemoveRange(count, events.Count - count);
    }
}
