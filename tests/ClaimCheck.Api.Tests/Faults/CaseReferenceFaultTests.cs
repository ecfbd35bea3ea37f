using System.Net;
using System.Text.Json.Nodes;
using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>A case opened by hand must be about a claim of a stored article.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class CaseReferenceFaultTests(FaultFixture faults)
{
    private Task<HttpResponseMessage> Open(Guid articleId, Guid claimId) =>
        faults.Send(TestUsers.FactChecker, "POST", "/api/cases", FaultFixture.Json(new JsonObject
        {
            ["claimId"] = claimId, ["articleId"] = articleId, ["note"] = "The figure looks twice too high.",
        }.ToJsonString()));

    [Fact]
    public async Task A_case_on_an_article_that_does_not_exist_is_a_422_naming_articleId_and_nothing_is_stored()
    {
        var before = await faults.StoredEvents();
        await faults.ShouldBeRefused(await Open(Guid.NewGuid(), faults.ClaimId), 422, "articleId", before);
    }

    [Fact]
    public async Task A_case_on_a_claim_the_article_does_not_have_is_a_422_naming_claimId_and_nothing_is_stored()
    {
        var before = await faults.StoredEvents();
        await faults.ShouldBeRefused(await Open(faults.ArticleId, Guid.NewGuid()), 422, "claimId", before);
    }

    [Fact]
    public async Task A_case_on_a_claim_of_a_stored_article_is_opened()
    {
        var before = await faults.StoredEvents();
        var response = await Open(faults.ArticleId, faults.ClaimId);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await faults.StoredEvents()).Count.ShouldBe(before.Count + 1);
        (await faults.VerifyChain()).IsIntact.ShouldBeTrue();
    }
}
