using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ClaimCheck.Api.Tests.Faults;

[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class StorageSettingsTests(ApiFixture api)
{
    [Fact]
    public void Without_a_connection_string_the_service_refuses_to_start_instead_of_guessing_a_local_port()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();

        Should.Throw<InvalidOperationException>(() => StorageOptions.From(configuration)).Message.ShouldContain("ConnectionStrings__ClaimCheck");
    }

    [Fact]
    public void The_configured_connection_string_is_used_as_given()
    {
        var given = "Host=127.0.0.1;Port=55999;Database=elsewhere;Username=u;Password=p";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:ClaimCheck", given)]).Build();

        StorageOptions.From(configuration).ConnectionString.ShouldBe(given);
    }

    [Fact]
    public async Task Only_a_test_run_started_by_ops_test_skips_the_commit_flush_and_only_in_its_own_database()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("show synchronous_commit", connection);

        var setting = (string)(await command.ExecuteScalarAsync())!;

        if (Environment.GetEnvironmentVariable("CLAIMCHECK_PG_FAST_TESTS") == "1")
            setting.ShouldBe("off");
        await using var databaseSetting = new NpgsqlCommand(
            "select count(*) from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase where d.datname = 'claimcheck' and 'synchronous_commit=off' = any(s.setconfig)",
            connection);
        ((long)(await databaseSetting.ExecuteScalarAsync())!).ShouldBe(0);
    }
}
