using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimCheck.Access;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Users are ids with a normalized, unique display name; no request about users is answered with a 500.</summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class UserIdentityFaultTests(ApiFixture api)
{
    private HttpClient Admin => api.As(TestUsers.Admin);

    private static string Unique(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    private Task<HttpResponseMessage> Register(string? userName, params string?[] roles) =>
        Admin.PostAsJsonAsync("/api/users", new { userName, roles });

    private Task<HttpResponseMessage> PostRaw(string json) =>
        Admin.PostAsync("/api/users", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<int> UsersWithKey(string name)
    {
        var key = UserNames.Normalize(name, out _)!.Key;
        await using var session = api.Store.QuerySession();
        return (await session.Query<UserAccount>().ToListAsync()).Count(u => UserNames.LegacyKeyOf(u.UserName) == key);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\uFEFF")]
    [InlineData("\u00AD")]
    [InlineData("\u0000")]
    [InlineData("\u001B")]
    [InlineData("\u3164")]
    public async Task A_name_with_an_invisible_character_is_refused_and_nothing_is_stored(string invisible)
    {
        var plain = Unique("ann");
        var response = await Register($"{plain[..2]}{invisible}{plain[2..]}", "editor");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("title").GetString().ShouldBe("Invalid user name");
        (await UsersWithKey(plain)).ShouldBe(0);
    }

    [Theory]
    [InlineData("system")]
    [InlineData("SYSTEM")]
    [InlineData("ｓｙｓｔｅｍ")]
    [InlineData("anonymous")]
    [InlineData("seed-review-queue")]
    [InlineData("cli:root")]
    [InlineData("CLI:Root")]
    [InlineData("ｃｌｉ：root")]
    public async Task The_service_s_own_actor_names_cannot_be_registered(string name)
    {
        var response = await Register(name, "admin");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("title").GetString().ShouldBe("Reserved user name");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"userName\":\"NAME\",\"roles\":[null]}")]
    [InlineData("{\"userName\":\"NAME\",\"roles\":[\"editor\",null]}")]
    [InlineData("{\"userName\":\"NAME\",\"roles\":[\"wizard\"]}")]
    [InlineData("{\"userName\":\"NAME\",\"roles\":[]}")]
    [InlineData("{\"userName\":\"NAME\"}")]
    [InlineData("{\"userName\":null,\"roles\":[\"editor\"]}")]
    [InlineData("{\"roles\":[\"editor\"]}")]
    public async Task Malformed_user_requests_are_400_problems_and_store_nothing(string json)
    {
        var name = Unique("malformed");
        var response = await PostRaw(json.Replace("NAME", name));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Problem(response);
        (await UsersWithKey(name)).ShouldBe(0);
    }

    [Fact]
    public async Task Names_differing_only_in_case_or_width_are_the_same_name()
    {
        var name = Unique("zoe");
        (await Register(name, "factchecker")).StatusCode.ShouldBe(HttpStatusCode.Created);

        foreach (var lookAlike in new[] { name.ToUpperInvariant(), $" {name} ", string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? (char)(c - '!' + '\uFF01') : c)) })
        {
            var response = await Register(lookAlike, "editor");
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, lookAlike);
            (await Problem(response)).GetProperty("title").GetString().ShouldBe("User exists");
        }
        (await UsersWithKey(name)).ShouldBe(1);
    }

    [Fact]
    public async Task Racing_registrations_of_one_name_give_one_user_the_rest_409_and_the_audit_chain_stays_intact()
    {
        var name = Unique("race");
        var spellings = new[] { name, name.ToUpperInvariant(), name, $"{name} ", name, name.ToUpperInvariant() };

        var responses = await Task.WhenAll(spellings.Select(s => Register(s, "factchecker")));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict)) await Problem(conflict);
        (await UsersWithKey(name)).ShouldBe(1);
        var audit = await api.Host.Services.GetRequiredService<EventChainAudit>().VerifyAsync(CancellationToken.None);
        audit.IsIntact.ShouldBeTrue(string.Join("; ", audit.Broken.Select(b => b.Detail)));
    }

    [Fact]
    public async Task A_registered_user_has_an_id_distinct_from_the_name_stored_in_normal_form()
    {
        var name = Unique("Chloe") + "\u0301";
        var response = await Register(name, "editor");
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var issued = await Json(response);

        issued.GetProperty("userName").GetString().ShouldBe(name.Normalize(NormalizationForm.FormKC));
        var id = issued.GetProperty("userId").GetGuid();
        id.ShouldNotBe(Guid.Empty);
        await using var session = api.Store.QuerySession();
        var account = (await session.LoadAsync<UserAccount>(id)).ShouldNotBeNull();
        account.NameKey.ShouldBe(name.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
    }

    [Fact]
    public async Task One_account_holding_both_roles_cannot_approve_its_own_proposal()
    {
        var issued = await Json(await Register(Unique("dual"), "factchecker", "editor"));
        using var dual = ClientWithKey(api, issued.GetProperty("apiKey").GetString()!);
        var caseId = await FlagCase(api);

        (await Act(dual, caseId, "take", "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(dual, caseId, "propose", "\"2\"", new { verdict = "contradicted", rationale = "Both cannot be true.", evidenceLinks = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var approve = await Act(dual, caseId, "approve", "\"3\"");

        approve.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem(approve)).GetProperty("detail").GetString()!.ShouldContain("Four eyes");
        var history = await Json(await api.As(TestUsers.Editor).GetAsync($"/api/cases/{caseId}/history"));
        history.EnumerateArray().Last().GetProperty("data").GetProperty("proposedById").GetGuid()
            .ShouldBe(issued.GetProperty("userId").GetGuid());
    }
}
