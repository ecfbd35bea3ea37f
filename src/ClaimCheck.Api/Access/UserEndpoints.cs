using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace ClaimCheck.Api.Access;

public sealed record NewUserRequest(string? UserName, IReadOnlyList<string>? Roles);

public sealed record RevokeKeyRequest(string? Reason);

/// <summary>A user as others may see them: roles and key ids, never key material.</summary>
public sealed record UserView(Guid Id, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<UserKeyView> Keys)
{
    public static UserView Of(UserAccount account) => new(account.Id, account.UserName,
        account.Roles.Select(RoleNames.NameOf).ToArray(),
        account.ApiKeys.Select(k => new UserKeyView(k.Stored.KeyId, k.IssuedAt, k.RevokedAt)).ToArray());
}

public sealed record UserKeyView(string KeyId, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

public static class UserEndpoints
{
    [WolverinePost("/api/users")]
    [Tags("Users")]
    [Authorize(Policy = nameof(Permission.ManageUsers))]
    [EndpointSummary("Create a user with roles and issue their first API key (shown once).")]
    [ProducesResponseType<IssuedApiKey>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Create(NewUserRequest? request, HttpContext context, IMessageBus bus, CancellationToken cancellation)
    {
        if (request is null)
            return Problems.Create(400, "Body required", "Send a JSON object {\"userName\": \"...\", \"roles\": [\"factchecker\"]}.");
        var roles = new List<Role>();
        foreach (var (name, index) in (request.Roles ?? []).Select((r, i) => (r, i)))
        {
            if (name is null || RoleNames.Parse(name) is not { } role)
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { [$"roles[{index}]"] = [$"{(name is null ? "null" : "This")} is not a role; use factchecker, editor, auditor or admin."] },
                    title: "Unknown role", detail: $"roles[{index}] is not a role.");
            roles.Add(role);
        }
        var result = await bus.InvokeAsync<object>(
            new RegisterUser(request.UserName ?? "", roles, Actors.Of(context.User)), cancellation);
        return result switch
        {
            IssuedApiKey issued => Results.Created($"/api/users/{issued.UserId}", issued),
            UserCommandRejected rejected => Problems.Create(rejected.Status, rejected.Title, rejected.Detail),
            _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}"),
        };
    }

    [WolverineGet("/api/users")]
    [Tags("Users")]
    [Authorize(Policy = nameof(Permission.ManageUsers))]
    [EndpointSummary("Every user with roles and key ids.")]
    public static async Task<IReadOnlyList<UserView>> List(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<UserAccount>().OrderBy(u => u.UserName).ToListAsync(cancellation)).Select(UserView.Of).ToList();

    [WolverineGet("/api/users/me")]
    [Tags("Users")]
    [EndpointSummary("The calling user, with the permissions their roles grant.")]
    public static async Task<IResult> Me(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<UserAccount>(UserId(context), cancellation);
        return account is null
            ? Problems.NotFound("user", UserId(context))
            : Results.Ok(new { user = UserView.Of(account), permissions = PermissionTable.PermissionsOf(account.Roles).Select(p => p.ToString()) });
    }

    /// <summary>Admins see anyone; others only themselves. Another user's id answers 404, as if unknown.</summary>
    [WolverineGet("/api/users/{id}")]
    [Tags("Users")]
    [EndpointSummary("One user (admins: anyone; others: only themselves).")]
    [ProducesResponseType<UserView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var isAdmin = AccessPolicies.RolesOf(context.User).Contains(Role.Admin);
        if (!isAdmin && id != UserId(context)) return Problems.NotFound("user", id);
        return await session.LoadAsync<UserAccount>(id, cancellation) is { } account
            ? Results.Ok(UserView.Of(account))
            : Problems.NotFound("user", id);
    }

    [WolverinePost("/api/users/{id}/keys")]
    [Tags("Users")]
    [Authorize(Policy = nameof(Permission.ManageUsers))]
    [EndpointSummary("Issue another API key for a user (shown once).")]
    [ProducesResponseType<IssuedApiKey>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> IssueKey(Guid id, HttpContext context, IMessageBus bus, CancellationToken cancellation) =>
        await bus.InvokeAsync<object>(new IssueApiKey(id, Actors.Of(context.User)), cancellation) switch
        {
            IssuedApiKey issued => Results.Created($"/api/users/{id}", issued),
            UserCommandRejected rejected => Problems.Create(rejected.Status, rejected.Title, rejected.Detail),
            var other => throw new InvalidOperationException($"Unexpected result {other.GetType().Name}"),
        };

    [WolverinePost("/api/users/{id}/keys/{keyId}/revoke")]
    [Tags("Users")]
    [Authorize(Policy = nameof(Permission.ManageUsers))]
    [EndpointSummary("Revoke one API key, with a reason; it stops authenticating at once.")]
    [ProducesResponseType<UserView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> RevokeKey(
        Guid id, string keyId, RevokeKeyRequest request, HttpContext context, IMessageBus bus, CancellationToken cancellation) =>
        await bus.InvokeAsync<object>(new RevokeApiKey(id, keyId, request.Reason ?? "", Actors.Of(context.User)), cancellation) switch
        {
            UserAccount account => Results.Ok(UserView.Of(account)),
            UserCommandRejected rejected => Problems.Create(rejected.Status, rejected.Title, rejected.Detail),
            var other => throw new InvalidOperationException($"Unexpected result {other.GetType().Name}"),
        };

    private static Guid UserId(HttpContext context) =>
        Guid.TryParse(context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : Guid.Empty;
}
