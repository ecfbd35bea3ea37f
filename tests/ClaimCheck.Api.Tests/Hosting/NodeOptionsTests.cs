using ClaimCheck.Api.Hosting;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.Configuration;
using Wolverine;

namespace ClaimCheck.Api.Tests.Hosting;

public sealed class NodeOptionsTests
{
    private static NodeOptions From(params (string Key, string Value)[] settings) => NodeOptions.From(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void A_service_is_a_balanced_node_that_may_lead_and_runs_the_daemon_when_it_holds_the_lock()
    {
        var durability = new WolverineOptions().Durability;
        new NodeOptions().Apply(durability, HostRole.Service);

        durability.Mode.ShouldBe(DurabilityMode.Balanced);
        durability.LeadershipEligible.ShouldBeTrue();
        NodeOptions.DaemonFor(HostRole.Service).ShouldBe(DaemonMode.HotCold);
    }

    [Fact]
    public void A_one_shot_command_is_a_balanced_node_that_never_leads_and_runs_no_daemon()
    {
        var durability = new WolverineOptions().Durability;
        new NodeOptions().Apply(durability, HostRole.Command);

        durability.Mode.ShouldBe(DurabilityMode.Balanced);
        durability.LeadershipEligible.ShouldBeFalse();
        NodeOptions.DaemonFor(HostRole.Command).ShouldBe(DaemonMode.Disabled);
    }

    [Fact]
    public void A_dead_node_is_detected_within_seconds_by_default_and_the_timings_come_from_configuration()
    {
        var defaults = new WolverineOptions().Durability;
        new NodeOptions().Apply(defaults, HostRole.Service);
        defaults.StaleNodeTimeout.ShouldBe(TimeSpan.FromSeconds(10));
        defaults.HealthCheckPollingTime.ShouldBe(TimeSpan.FromSeconds(2));
        defaults.OrphanedMessageSweepPollingTime.ShouldBe(TimeSpan.FromSeconds(2));

        var configured = new WolverineOptions().Durability;
        From(("Nodes:HeartbeatInterval", "00:00:05"), ("Nodes:StaleAfter", "00:00:30"), ("Nodes:RecoveryInterval", "00:00:03"))
            .Apply(configured, HostRole.Service);
        configured.HealthCheckPollingTime.ShouldBe(TimeSpan.FromSeconds(5));
        configured.StaleNodeTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        configured.ScheduledJobPollingTime.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void A_stale_timeout_shorter_than_three_heartbeats_is_refused_at_start_up()
    {
        Should.Throw<InvalidOperationException>(() => From(("Nodes:HeartbeatInterval", "00:00:05"), ("Nodes:StaleAfter", "00:00:10")))
            .Message.ShouldContain("Nodes:StaleAfter");
        Should.Throw<InvalidOperationException>(() => From(("Nodes:RecoveryInterval", "00:00:00")));
    }
}
