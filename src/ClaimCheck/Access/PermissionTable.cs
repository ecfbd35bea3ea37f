using ClaimCheck.Review;

namespace ClaimCheck.Access;

/// <summary>The answer to "may these roles do that?", with what the API needs for a 403 problem body.</summary>
public sealed record AccessDecision(Permission Permission, bool IsGranted, IReadOnlyList<Role> RolesHeld, IReadOnlyList<Role> RolesAllowed);

/// <summary>
/// Which roles may do what. Separation of duties is intentional: admins manage users but do not judge content,
/// and auditors read everything but change nothing, so no single compromised account can both edit verdicts and
/// cover its tracks. Workflow rules (state, four eyes) live in <see cref="CaseDecider"/>, not here.
/// </summary>
public static class PermissionTable
{
    private static readonly IReadOnlyDictionary<Permission, Role[]> Table = new Dictionary<Permission, Role[]>
    {
        [Permission.IngestArticles] = [Role.FactChecker, Role.Editor],
        // Articles, quotes, speakers and flags: everyone who works on or audits the content.
        [Permission.ReadContent] = [Role.FactChecker, Role.Editor, Role.Auditor],
        // Reattributing a quote, adding a speaker alias, merging two people.
        [Permission.CorrectAttribution] = [Role.FactChecker, Role.Editor],
        [Permission.OpenCaseByHand] = [Role.FactChecker, Role.Editor],
        [Permission.TakeCase] = [Role.FactChecker],
        [Permission.ProposeVerdict] = [Role.FactChecker],
        [Permission.ApproveVerdict] = [Role.Editor],
        [Permission.SendBackVerdict] = [Role.Editor],
        [Permission.PublishVerdict] = [Role.Editor],
        [Permission.ReopenCase] = [Role.Editor],
        [Permission.ReadQueue] = [Role.FactChecker, Role.Editor, Role.Auditor],
        [Permission.ReadHistory] = [Role.FactChecker, Role.Editor, Role.Auditor],
        [Permission.ExportAudit] = [Role.Auditor, Role.Admin],
        [Permission.ManageUsers] = [Role.Admin],
        // Running extraction again changes no content judgement: editors and the service's operators may.
        [Permission.ReextractArticles] = [Role.Editor, Role.Admin],
        [Permission.ManageDeadLetters] = [Role.Admin],
    };

    public static IReadOnlyList<Role> RolesAllowed(Permission permission) => Table[permission];

    public static bool IsAllowed(IEnumerable<Role> roles, Permission permission) => roles.Any(Table[permission].Contains);

    public static AccessDecision Authorize(IReadOnlyCollection<Role> roles, Permission permission) =>
        new(permission, IsAllowed(roles, permission), roles.Distinct().ToArray(), Table[permission]);

    /// <summary>All permissions the roles grant together, e.g. for a "what can I do" endpoint.</summary>
    public static IReadOnlyList<Permission> PermissionsOf(IEnumerable<Role> roles)
    {
        var held = roles.ToHashSet();
        return Table.Where(row => row.Value.Any(held.Contains)).Select(row => row.Key).Order().ToArray();
    }

    public static Permission ForCaseAction(CaseAction action) => action switch
    {
        CaseAction.OpenByHand => Permission.OpenCaseByHand,
        CaseAction.Take => Permission.TakeCase,
        CaseAction.ProposeVerdict => Permission.ProposeVerdict,
        CaseAction.ApproveVerdict => Permission.ApproveVerdict,
        CaseAction.SendBackVerdict => Permission.SendBackVerdict,
        CaseAction.PublishVerdict => Permission.PublishVerdict,
        CaseAction.Reopen => Permission.ReopenCase,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a known case action."),
    };

    /// <summary>Role check for a case command, to run before <see cref="CaseDecider.Decide"/>.</summary>
    public static AccessDecision Authorize(IReadOnlyCollection<Role> roles, CaseCommand command) =>
        Authorize(roles, ForCaseAction(command.Action));
}
