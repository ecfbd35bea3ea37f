namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>Waits for work done by background message handlers (extraction, judging) instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, Func<T, bool> done, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (value is not null && done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Background work did not finish in time; last value: {value}");
            await Task.Delay(100);
        }
    }
}
