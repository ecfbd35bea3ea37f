using ClaimCheck.Access;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Access;

public static class AccessStoreConfiguration
{
    public static void ConfigureAccess(this StoreOptions opts)
    {
        // Inline: a key must authenticate on the very next request after it is issued or revoked.
        opts.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
        // Unique by NameKey, so two registrations of look-alike names racing each other cannot both commit
        // (users from before NameKey have none, and null keys never collide).
        opts.Schema.For<UserAccount>().UniqueIndex(x => x.UserName).UniqueIndex(x => x.NameKey!).GinIndexJsonData();
    }
}
