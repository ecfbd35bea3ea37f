using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Api.Tests.Review;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// A host and database of the fault suite's own, seeded straight into the store (no background work), so the
/// number of stored events changes only when a request stores something.
/// </summary>
public sealed class FaultFixture : IAsyncLifetime
{
    public ApiFixture Api { get; } = new();

    /// <summary>A stored article with one extracted quote, for requests that must name real ones.</summary>
    public Guid ArticleId { get; private set; }

    public Guid ClaimId { get; private set; }

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var (articleId, quote) = await ReviewScenario.ArticleWithQuote(Api, "Le déficit sera de 3 % en 2027", "Marie Dupont");
        ArticleId = articleId;
        ClaimId = quote.QuoteId;
        await ReviewScenario.FlagCase(Api);
    }

    public Task DisposeAsync() => Api.DisposeAsync();

    /// <summary>How many events are stored and the highest sequence number used: a refused write must change neither.</summary>
    public async Task<(long Count, long MaxSequence)> StoredEvents()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*), coalesce(max(seq_id), 0) from claimcheck.mt_events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>What <c>claimcheck audit verify</c> reports, from the same service it uses.</summary>
    public Task<ChainAuditReport> VerifyChain() => Api.Host.Services.GetRequiredService<EventChainAudit>().VerifyAsync(CancellationToken.None);

    public static HttpContent Json(string json, string contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public async Task<HttpResponseMessage> Send(string user, string method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        // Case changes need a version; field checks come first, so any version will do.
        if (path.StartsWith("/api/cases/", StringComparison.Ordinal) && method == "POST") request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        return await Api.As(user).SendAsync(request);
    }

    /// <summary>
    /// The refusal every fault must get: the expected 4xx status as an RFC 9457 problem (naming the field when one
    /// is given), a short body that cannot be echoing an oversized value, nothing stored, and the chain still intact.
    /// </summary>
    public async Task<JsonElement> ShouldBeRefused(HttpResponseMessage response, int status, string? field, (long, long) storedBefore)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text.Length > 2000 ? text[..2000] : text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        text.Length.ShouldBeLessThan(3000, "a problem body this long is echoing the input");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        if (field is not null)
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"the problem should name {field}: {text}");
        (await StoredEvents()).ShouldBe(storedBefore, "a refused request stored events");
        var chain = await VerifyChain();
        chain.IsIntact.ShouldBeTrue(string.Join("; ", chain.Broken.Select(b => $"{b.StreamId}: {b.Detail}")));
        return problem;
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultFixture>
{
    public const string Name = "faults";
}
