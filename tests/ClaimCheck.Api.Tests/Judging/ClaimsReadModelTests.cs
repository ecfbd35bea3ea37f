using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Judging;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimCheck.Api.Tests.Judging;

[Collection(ApiCollection.Name)]
public sealed class ClaimsReadModelTests(ApiFixture api)
{
    private string Table => $"{api.Host.Services.GetRequiredService<ClaimCheck.Api.Hosting.StorageOptions>().Schema}.{ClaimsTable.Name}";

    private static ExtractedQuote Quote(int start, string text, string? speakerId) =>
        new(QuoteKind.Direct, text, speakerId, speakerId, "a déclaré", start, start + text.Length, 0.9, text, start, start + text.Length,
            new ClaimFrame(speakerId, "say", null, Polarity.Affirmed, Modality.Asserted, null, [], []));

    private async Task<Guid> Post(string title, string body, string publishedAt, string language = "fr")
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles", new
        {
            title, body = body + $"\n\nRéf. {Guid.NewGuid():N}", source = "claims-test", publishedAt, language,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
    }

    private async Task<IReadOnlyList<FlagSummary>> FlagsOf(Guid article) => await Eventually.Get(async () =>
    {
        await using var session = api.Store.QuerySession();
        return (IReadOnlyList<FlagSummary>)await session.Query<FlagSummary>()
            .Where(f => f.FirstArticleId == article || f.SecondArticleId == article).ToListAsync();
    }, flags => flags.Count > 0);

    private async Task WaitForExtraction(Guid id) => await Eventually.Get(async () =>
    {
        await using var session = api.Store.QuerySession();
        return await session.LoadAsync<ArticleQuotes>(id);
    }, a => a?.ExtractorVersion is not null);

    [Fact]
    public async Task A_new_extractor_version_and_a_reattribution_leave_exactly_one_row_per_current_claim()
    {
        var submission = new ArticleSubmission($"Titre {Guid.NewGuid():N}", true, "Corps.", "claims-test", null,
            new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero), "fr", false);
        var ingested = submission.ToEvent(DateTimeOffset.UtcNow);
        var state = ArticleQuotes.Create(ingested);
        var v1 = state.DecideExtraction("test/1", [Quote(0, "Nous tiendrons bon jusqu'au bout de cette crise", "emmanuel-macron"), Quote(60, "Rien ne change", null)], DateTimeOffset.UtcNow)!;
        await using (var session = api.Store.LightweightSession())
        {
            session.Events.StartStream<Article>(submission.ArticleId, ingested, v1);
            await session.SaveChangesAsync();
        }
        var afterV1 = state.Apply(v1);
        var reattributed = new QuoteReattributed(submission.ArticleId, afterV1.Quotes[1].QuoteId, null, "olaf-scholz", "Olaf Scholz", "the video");
        var v2 = afterV1.Apply(reattributed).DecideExtraction("test/2",
            [Quote(0, "Nous tiendrons bon jusqu'au bout de cette crise", "emmanuel-macron"), Quote(60, "Rien ne change", null), Quote(90, "Une troisième phrase citée ici", null)],
            DateTimeOffset.UtcNow)!;
        await using (var session = api.Store.LightweightSession())
        {
            session.Events.Append(submission.ArticleId, reattributed, v2);
            await session.SaveChangesAsync();
        }

        await using var query = api.Store.QuerySession();
        var current = (await query.LoadAsync<ArticleQuotes>(submission.ArticleId))!;
        var rows = await query.AdvancedSql.QueryAsync<string>(
            $"select claim_id::text || '|' || coalesce(speaker_id, '-') || '|' || extractor_version || '|' || array_to_string(entities, ',') from {Table} where article_id = ? order by claim_id",
            CancellationToken.None, submission.ArticleId);

        current.Quotes.Count.ShouldBe(3);
        rows.ShouldBe(current.Quotes.OrderBy(q => q.QuoteId)
            .Select(q => $"{q.QuoteId}|{q.SpeakerId ?? "-"}|test/2|{string.Join(',', ClaimRetrieval.Entities(StoredClaim.Of(current).Single(s => s.Claim.ClaimId == q.QuoteId).Claim))}").ToList());
        rows.ShouldContain(r => r.Contains("|olaf-scholz|test/2|olaf-scholz"));

        // The people rows the topical walk reads follow the claims rows: none left from the first extraction.
        var people = await query.AdvancedSql.QueryAsync<string>(
            $"select claim_id::text || '|' || entity from {Table.Replace(ClaimsTable.Name, ClaimsTable.PeopleName)} where article_id = ?",
            CancellationToken.None, submission.ArticleId);
        people.Order(StringComparer.Ordinal).ShouldBe(StoredClaim.Of(current)
            .SelectMany(c => ClaimRetrieval.Entities(c.Claim).Select(e => $"{c.Claim.ClaimId}|{e}")).Order(StringComparer.Ordinal));
        people.ShouldContain(p => p.EndsWith("|olaf-scholz"));
    }

    [Fact]
    public async Task Claims_stored_before_the_people_rows_and_quote_keys_existed_get_them_at_start_up()
    {
        var quote = $"Nous ne laisserons jamais tomber nos agriculteurs {Guid.NewGuid():N}";
        var id = await Post("Macron au salon", $"« {quote} », a déclaré Emmanuel Macron lundi au salon.", "2023-02-27");
        await WaitForExtraction(id);
        var people = Table.Replace(ClaimsTable.Name, ClaimsTable.PeopleName);
        await using (var session = api.Store.LightweightSession())
        {
            session.QueueSqlCommand($"delete from {people} where article_id = ?", id);
            session.QueueSqlCommand($"update {Table} set quote_keys = '{{}}' where article_id = ?", id);
            await session.SaveChangesAsync();
        }
        var schema = api.Host.Services.GetRequiredService<ClaimCheck.Api.Hosting.StorageOptions>().Schema;
        var dataSource = api.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>();

        // Start-up found the database complete and recorded it: the next start-up reads that and scans nothing.
        (await ClaimsBackfill.RunAsync(dataSource, schema, CancellationToken.None)).ShouldBe((0, 0));
        var (peopleRows, quotes) = await ClaimsBackfill.RunAsync(dataSource, schema, CancellationToken.None, force: true);

        await using var query = api.Store.QuerySession();
        var stored = StoredClaim.Of((await query.LoadAsync<ArticleQuotes>(id))!);
        var quote1 = stored.Where(s => s.Claim.Text.Contains(quote[..20])).ShouldHaveSingleItem();
        (await query.AdvancedSql.QueryAsync<string>($"select entity from {people} where claim_id = ?", CancellationToken.None, quote1.Claim.ClaimId))
            .Order(StringComparer.Ordinal).ShouldBe(ClaimRetrieval.Entities(quote1.Claim));
        (await query.AdvancedSql.QueryAsync<string>($"select array_to_string(quote_keys, '/') from {Table} where claim_id = ?", CancellationToken.None, quote1.Claim.ClaimId))
            .ShouldHaveSingleItem().ShouldBe(string.Join('/', ClaimRetrieval.QuoteKeys(quote1)));
        ClaimRetrieval.QuoteKeys(quote1).ShouldNotBeEmpty();
        peopleRows.ShouldBe(stored.Sum(s => ClaimRetrieval.Entities(s.Claim).Count));
        quotes.ShouldBe(stored.Count(s => ClaimRetrieval.QuoteKeys(s).Count > 0));
        (await ClaimsBackfill.RunAsync(dataSource, schema, CancellationToken.None, force: true)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task The_sample_corpus_gets_the_same_lexemes_and_the_same_candidate_pairs_in_PostgreSQL_and_in_memory()
    {
        var dates = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "samples", "articles", "published.tsv"))
            .Where(l => !l.StartsWith('#') && l.Contains('\t')).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
        var ids = new List<Guid>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var draft = ArticleTextFormat.Parse(File.ReadAllText(file), Path.GetFileName(file));
            ids.Add(await Post(draft.Title, draft.Body, dates[Path.GetFileName(file)]));
        }
        foreach (var id in ids) await WaitForExtraction(id);

        await using var session = api.Store.QuerySession();
        var articles = (await session.LoadManyAsync<ArticleQuotes>(ids)).ToList();
        var claims = articles.SelectMany(StoredClaim.Of).ToList();
        claims.Count.ShouldBeGreaterThan(40);

        var differing = new List<string>();
        foreach (var claim in claims)
        {
            var text = ClaimRetrieval.SearchText(claim.Claim);
            var lexemes = (await session.AdvancedSql.QueryAsync<string>(
                "select array_to_string(tsvector_to_array(to_tsvector(?::regconfig, ?)), ' ')", CancellationToken.None,
                ClaimTerms.ConfigurationFor(claim.Language), text)).Single().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!lexemes.ToHashSet().SetEquals(ClaimTerms.Of(text, claim.Language)))
                differing.Add($"{text}: pg [{string.Join(' ', lexemes.Order())}] vs [{string.Join(' ', ClaimTerms.Of(text, claim.Language).Order())}]");
        }
        differing.ShouldBeEmpty();

        var memory = new InMemoryClaimRetrieval(JudgingWindow.Default);
        foreach (var claim in claims) memory.Add(claim);
        var sql = api.Host.Services.GetRequiredService<StoredClaimRetrieval>();
        var mine = ids.ToHashSet();
        var pairsSql = new SortedSet<string>(StringComparer.Ordinal);
        var pairsMemory = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var found = await sql.ForArticleAsync(session, id, JudgingWindow.Default, CancellationToken.None);
            foreach (var r in found.Retrieved)
                foreach (var c in r.Candidates.Where(c => mine.Contains(c.Claim.ArticleId)))
                    pairsSql.Add($"{r.For.Claim.ClaimId}>{c.Claim.ClaimId}");
            foreach (var claim in claims.Where(c => c.Claim.ArticleId == id))
                foreach (var c in memory.CandidatesFor(claim).Candidates)
                    pairsMemory.Add($"{claim.Claim.ClaimId}>{c.Claim.ClaimId}");
        }
        pairsSql.Count.ShouldBeGreaterThan(10);
        pairsSql.ShouldBe(pairsMemory);
    }

    [Fact]
    public async Task The_same_French_quote_given_to_two_people_opens_a_misattribution_case_listed_under_its_label()
    {
        var quote = $"Nous ne laisserons jamais tomber le peuple ukrainien face à cette agression {Guid.NewGuid():N}";
        var first = await Post("Macron à Kiev", $"« {quote} », a déclaré Emmanuel Macron lundi à Kiev.", "2023-02-06");
        await WaitForExtraction(first);
        var second = await Post("Scholz à Kiev", $"« {quote} », a déclaré Olaf Scholz mardi à Kiev.", "2023-02-07");

        var flag = (await FlagsOf(second)).ShouldHaveSingleItem();
        flag.Label.ShouldBe(QuoteVerification.Misattribution);
        flag.SpeakerIds.ShouldBe(["emmanuel-macron", "olaf-scholz"]);
        flag.Reasons.ShouldHaveSingleItem().Reason.ShouldContain("Emmanuel Macron (emmanuel-macron, cue “a déclaré”)");

        var listed = await api.Client.GetFromJsonAsync<JsonElement>($"/api/flags?label=misattribution&article={second}");
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ShouldBe(["misattribution"]);
        var queue = await api.Client.GetFromJsonAsync<JsonElement>($"/api/review-queue?label=misattribution&article={second}");
        queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([flag.Id]);
        var replay = await api.Host.Services.GetRequiredService<JudgementReplay>().RunAsync(flag.Id, CancellationToken.None);
        replay!.Outcome.ShouldBe("identical");
    }

    [Fact]
    public async Task The_same_English_speaker_quoted_with_words_changed_opens_an_altered_quote_case_with_the_word_diff_and_a_paraphrase_opens_none()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var first = await Post("Biden on Ukraine", $"\"We will support the people of Ukraine for as long as it takes {marker}\", Joe Biden said on Monday.", "2023-02-20", "en");
        await WaitForExtraction(first);
        var second = await Post("Biden in Warsaw", $"\"We will support the people of Ukraine for as long as we can {marker}\", Joe Biden said on Tuesday.", "2023-02-21", "en");
        var paraphrase = await Post("Biden again", $"\"America stands with Kyiv whatever the cost {marker}\", Joe Biden said on Wednesday.", "2023-02-22", "en");

        var flag = (await FlagsOf(second)).ShouldHaveSingleItem();
        flag.Label.ShouldBe(QuoteVerification.AlteredQuote);
        flag.Reasons.ShouldHaveSingleItem().Reason.ShouldContain("[-it takes-] {+we can+}");

        await WaitForExtraction(paraphrase);
        await using var session = api.Store.QuerySession();
        (await session.Query<FlagSummary>().Where(f => f.FirstArticleId == paraphrase || f.SecondArticleId == paraphrase).CountAsync()).ShouldBe(0);
    }
}
