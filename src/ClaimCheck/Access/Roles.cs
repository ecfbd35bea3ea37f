namespace ClaimCheck.Access;

/// <summary>Roles a user can hold. Explicit values because Marten stores enums as integers.</summary>
public enum Role
{
    FactChecker = 1,
    Editor = 2,
    Auditor = 3,
    Admin = 4,
}

/// <summary>Everything the service guards. Case actions map onto these through <see cref="PermissionTable.ForCaseAction"/>.</summary>
public enum Permission
{
    IngestArticles,
    ReadContent,
    CorrectAttribution,
    OpenCaseByHand,
    TakeCase,
    ProposeVerdict,
    ApproveVerdict,
    SendBackVerdict,
    PublishVerdict,
    ReopenCase,
    ReadQueue,
    ReadHistory,
    ExportAudit,
    ManageUsers,
    ReextractArticles,
    ManageDeadLetters,
}

public static class RoleNames
{
    public static string NameOf(Role role) => role switch
    {
        Role.FactChecker => "factchecker",
        Role.Editor => "editor",
        Role.Auditor => "auditor",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a known role."),
    };

    /// <summary>Parses "factchecker", "editor", "auditor" or "admin" (any case); null otherwise.</summary>
    public static Role? Parse(string name) =>
        Enum.GetValues<Role>().Select(r => (Role?)r).FirstOrDefault(r => string.Equals(NameOf(r!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
