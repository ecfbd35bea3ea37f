using System.Security.Claims;
using ClaimCheck.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using ClaimCheck.Api.Desk;

namespace ClaimCheck.Api.Access;

/// <summary>One authorization policy per <see cref="Permission"/>, named after it, built from the domain's permission table.</summary>
public static class AccessPolicies
{
    public static IServiceCollection AddClaimCheckAccess(this IServiceCollection services)
    {
        // A request with an API key header is the key's user; without one, the review desk's session cookie may say who it is.
        services.AddAuthentication(DeskSession.KeyOrSessionScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddDeskSession();
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
                options.AddPolicy(permission.ToString(), policy => policy
                    .RequireAuthenticatedUser()
                    .RequireRole(PermissionTable.RolesAllowed(permission).Select(RoleNames.NameOf)));
            // Anything not marked otherwise still needs a known user.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    public static IReadOnlyList<Role> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => RoleNames.Parse(c.Value)).OfType<Role>().ToArray();
}

/// <summary>Answers 401 and 403 with RFC 9457 problem bodies that say what is missing.</summary>
/// <remarks>Its name and <c>HandleAsync</c> would make Wolverine take it for a message handler of <c>RequestDelegate</c>.</remarks>
[Wolverine.Attributes.WolverineIgnore]
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"claimcheck\"";
            await Results.Problem(statusCode: 401, title: "Authentication required",
                detail: "Send an API key as 'Authorization: Bearer cc_...' or 'X-Api-Key: cc_...'.").ExecuteAsync(context);
            return;
        }
        if (result.Forbidden)
        {
            var required = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles).ToArray();
            await Results.Problem(statusCode: 403, title: "Not allowed",
                detail: $"{context.User.Identity?.Name} does not hold a role allowed to do this.",
                extensions: new Dictionary<string, object?>
                {
                    ["rolesAllowed"] = required,
                    ["rolesHeld"] = AccessPolicies.RolesOf(context.User).Select(RoleNames.NameOf).ToArray(),
                }).ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
