using JasperFx.Events.Daemon;
using Wolverine;

namespace ClaimCheck.Api.Hosting;

/// <summary>What a process hosting ClaimCheck is for, which decides the part it takes among the nodes sharing one database.</summary>
public enum HostRole
{
    /// <summary>
    /// A service node (the API, <c>claimcheck serve</c>): handles its own queues, may lead the cluster, runs the durability
    /// agent (recovering a dead node's messages) and the projection daemon when the cluster gives them to it.
    /// </summary>
    Service,

    /// <summary>
    /// A one-shot command (ingest, replay, audit...): registers as a node so that its queued messages keep an owner while it
    /// runs and are released to the service nodes when it stops, handles what it queued itself, but never contends for
    /// leadership and runs no projection daemon.
    /// </summary>
    Command,
}

/// <summary>
/// How nodes on one PostgreSQL watch each other (section <c>Nodes</c>). Every node writes a heartbeat each
/// <see cref="HeartbeatInterval"/>; one whose heartbeat is older than <see cref="StaleAfter"/> on two consecutive checks is
/// declared dead, its messages are released and a surviving node's durability agent takes them over. Wolverine's defaults
/// (10 s, 1 min) leave a killed node's work idle for one to two minutes; these leave it idle for about 15 s.
/// </summary>
public sealed class NodeOptions
{
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Long enough that a live node on a loaded machine (GC pause, CPU starvation) is never declared dead.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often released messages (of a dead or stopped node) and due retries are looked for.</summary>
    public TimeSpan RecoveryInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static NodeOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Nodes").Get<NodeOptions>() ?? new NodeOptions();
        if (options.HeartbeatInterval <= TimeSpan.Zero || options.RecoveryInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Nodes:HeartbeatInterval and Nodes:RecoveryInterval must be positive.");
        if (options.StaleAfter < 3 * options.HeartbeatInterval)
            throw new InvalidOperationException("Nodes:StaleAfter must be at least three heartbeats, or a live node can be declared dead.");
        return options;
    }

    /// <summary>Wolverine durability for a process of this role: balanced mode for every role, so any number of them can share one database.</summary>
    public void Apply(DurabilitySettings durability, HostRole role)
    {
        durability.Mode = DurabilityMode.Balanced;
        durability.HealthCheckPollingTime = HeartbeatInterval;
        durability.FirstHealthCheckExecution = TimeSpan.Zero;
        durability.StaleNodeTimeout = StaleAfter;
        durability.OrphanedMessageSweepPollingTime = RecoveryInterval;
        durability.NodeReassignmentPollingTime = RecoveryInterval;
        durability.ScheduledJobPollingTime = RecoveryInterval;
        durability.ScheduledJobFirstExecution = TimeSpan.Zero;
        durability.CheckAssignmentPeriod = 5 * HeartbeatInterval;
        durability.LeadershipEligible = role == HostRole.Service;
    }

    /// <summary>Marten's async daemon: one node at a time runs it (the one holding an advisory lock), none in a command.</summary>
    public static DaemonMode DaemonFor(HostRole role) => role == HostRole.Service ? DaemonMode.HotCold : DaemonMode.Disabled;
}
