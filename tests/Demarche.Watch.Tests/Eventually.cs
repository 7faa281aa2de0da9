namespace Demarche.Watch.Tests;

public static class Eventually
{
    /// <summary>Waits until <paramref name="done"/> holds, failing the test after <paramref name="seconds"/>.</summary>
    public static async Task Until(Func<bool> done, int seconds, string what)
    {
        var end = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > end) Assert.Fail($"after {seconds} s: {what}");
            await Task.Delay(100);
        }
    }
}
