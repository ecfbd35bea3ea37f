using System.Security.Claims;

namespace ClaimCheck.Api.Hosting;

/// <summary>Names recorded as the acting user in event metadata.</summary>
public static class Actors
{
    /// <summary>Work the service does on its own (extraction, judging).</summary>
    public const string System = "system";

    public const string Anonymous = "anonymous";

    public static string Of(ClaimsPrincipal? user) => user?.Identity?.Name is { Length: > 0 } name ? name : Anonymous;

    public static string CommandLine() => $"cli:{Environment.UserName}";
}
