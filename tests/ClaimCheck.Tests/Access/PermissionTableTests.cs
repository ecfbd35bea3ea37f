using ClaimCheck.Access;
using ClaimCheck.Review;

namespace ClaimCheck.Tests.Access;

public class PermissionTableTests
{
    private const Role F = Role.FactChecker, E = Role.Editor, Au = Role.Auditor, Ad = Role.Admin;

    // The full matrix, written out so a change to who may do what shows up as a deliberate test change.
    public static readonly TheoryData<Permission, Role[]> Matrix = new()
    {
        { Permission.IngestArticles, [F, E] },
        { Permission.ReadContent, [F, E, Au] },
        { Permission.CorrectAttribution, [F, E] },
        { Permission.OpenCaseByHand, [F, E] },
        { Permission.TakeCase, [F] },
        { Permission.ProposeVerdict, [F] },
        { Permission.ApproveVerdict, [E] },
        { Permission.SendBackVerdict, [E] },
        { Permission.PublishVerdict, [E] },
        { Permission.ReopenCase, [E] },
        { Permission.ReadQueue, [F, E, Au] },
        { Permission.ReadHistory, [F, E, Au] },
        { Permission.ExportAudit, [Au, Ad] },
        { Permission.ManageUsers, [Ad] },
        { Permission.ReextractArticles, [E, Ad] },
        { Permission.ManageDeadLetters, [Ad] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_permission_is_granted_to_exactly_its_roles(Permission permission, Role[] allowed)
    {
        foreach (var role in Enum.GetValues<Role>())
            PermissionTable.IsAllowed([role], permission).ShouldBe(allowed.Contains(role), $"{role} / {permission}");
        PermissionTable.RolesAllowed(permission).ShouldBe(allowed, ignoreOrder: true);
    }

    [Fact]
    public void The_matrix_covers_every_permission()
    {
        Matrix.Select(row => (Permission)row[0]).ShouldBe(Enum.GetValues<Permission>(), ignoreOrder: true);
    }

    [Fact]
    public void A_user_with_several_roles_gets_the_union_of_their_permissions()
    {
        var permissions = PermissionTable.PermissionsOf([Role.Auditor, Role.Admin]);

        permissions.ShouldBe([Permission.ReadContent, Permission.ReadQueue, Permission.ReadHistory, Permission.ExportAudit, Permission.ManageUsers, Permission.ReextractArticles, Permission.ManageDeadLetters], ignoreOrder: true);
    }

    [Fact]
    public void A_user_without_roles_may_do_nothing()
    {
        PermissionTable.PermissionsOf([]).ShouldBeEmpty();
    }

    [Fact]
    public void A_refused_authorization_names_the_roles_that_would_have_been_allowed()
    {
        var decision = PermissionTable.Authorize([Role.FactChecker], Permission.ApproveVerdict);

        decision.IsGranted.ShouldBeFalse();
        decision.RolesHeld.ShouldBe([Role.FactChecker]);
        decision.RolesAllowed.ShouldBe([Role.Editor]);
    }

    [Fact]
    public void Every_case_action_maps_to_a_permission_and_case_commands_are_authorized_through_it()
    {
        foreach (var action in Enum.GetValues<CaseAction>())
            Enum.IsDefined(PermissionTable.ForCaseAction(action)).ShouldBeTrue();

        var approve = new ApproveVerdict(Guid.NewGuid(), "erin", DateTimeOffset.UnixEpoch);
        PermissionTable.Authorize([Role.Editor], approve).IsGranted.ShouldBeTrue();
        PermissionTable.Authorize([Role.Admin], approve).IsGranted.ShouldBeFalse();
    }

    [Fact]
    public void Role_names_round_trip_and_unknown_names_are_refused()
    {
        foreach (var role in Enum.GetValues<Role>())
            RoleNames.Parse(RoleNames.NameOf(role)).ShouldBe(role);
        RoleNames.Parse("EDITOR").ShouldBe(Role.Editor);
        RoleNames.Parse("root").ShouldBeNull();
    }
}
