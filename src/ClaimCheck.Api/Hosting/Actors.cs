using System.Security.Claims;
using ClaimCheck.Access;

namespace ClaimCheck.Api.Hosting;

/// <summary>Names recorded as the acting user in event metadata.</summary>
public static class Actors
{
    /// <summary>Work the service does on its own (extraction, judging).</summary>
    public const string System = ServiceActors.System;

    public const string Anonymous = ServiceActors.Anonymous;

    public static string Of(ClaimsPrincipal? user) => user?.Identity?.Name is { Length: > 0 } name ? name : Anonymous;

    /// <summary>The authenticated user's stable id, null without one.</summary>
    public static Guid? IdOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public static string CommandLine() => $"{ServiceActors.CommandLinePrefix}{Environment.UserName}";
}
