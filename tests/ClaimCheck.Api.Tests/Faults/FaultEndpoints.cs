using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Input;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Every endpoint that takes a JSON body, with a body it would accept and the limits of each text field.</summary>
internal static class FaultEndpoints
{
    public const string CaseId = "0195f3c2-8d0e-7c41-9a6b-3f1e2d4c5b6a";
    public const string ArticleId = "0195f3c2-8d0e-7c41-9a6b-3f1e2d4c5b6b";
    public const string QuoteId = "0195f3c2-8d0e-7c41-9a6b-3f1e2d4c5b6c";

    private static readonly RequestLimits Limits = new();

    public sealed record TextField(string Name, TextKind Kind, int MaxChars);

    public sealed record BodyEndpoint(string Name, string Path, string User, string ValidBody, TextField[] Fields, bool IsArticleIngestion = false)
    {
        public JsonObject Body() => JsonNode.Parse(ValidBody)!.AsObject();
    }

    public static readonly BodyEndpoint[] All =
    [
        new("open-case", "/api/cases", TestUsers.FactChecker,
            $$"""{"claimId":"{{QuoteId}}","articleId":"{{ArticleId}}","speakerId":"marie-dupont","note":"Check this figure."}""",
            [new("speakerId", TextKind.Identifier, Limits.MaxIdChars), new("note", TextKind.Prose, Limits.MaxNoteChars)]),
        new("propose", $"/api/cases/{CaseId}/propose", TestUsers.FactChecker,
            """{"verdict":"contradicted","rationale":"They cannot both be true.","evidenceLinks":["https://evidence.example/a"]}""",
            [new("verdict", TextKind.Identifier, Limits.MaxIdChars), new("rationale", TextKind.Prose, Limits.MaxRationaleChars),
             new("evidenceLinks[0]", TextKind.Identifier, Limits.MaxUrlChars)]),
        new("send-back", $"/api/cases/{CaseId}/send-back", TestUsers.Editor, """{"reason":"Cite the second article."}""",
            [new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("publish", $"/api/cases/{CaseId}/publish", TestUsers.Editor, """{"url":"https://claimcheck.example/reviews/1"}""",
            [new("url", TextKind.Identifier, Limits.MaxUrlChars)]),
        new("reopen", $"/api/cases/{CaseId}/reopen", TestUsers.Editor, """{"reason":"New figures were released."}""",
            [new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("register-speaker", "/api/speakers", TestUsers.FactChecker,
            """{"personId":"marie-dupont","name":"Marie Dupont","gender":"f","reason":"Quoted twice this week."}""",
            [new("personId", TextKind.Identifier, Limits.MaxIdChars), new("name", TextKind.Identifier, Limits.MaxNameChars),
             new("gender", TextKind.Identifier, Limits.MaxIdChars), new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("add-alias", "/api/speakers/vladimir-putin/aliases", TestUsers.FactChecker, """{"alias":"V. Poutine","reason":"Headline style."}""",
            [new("alias", TextKind.Identifier, Limits.MaxNameChars), new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("merge", "/api/speakers/vladimir-putin/merge", TestUsers.FactChecker, """{"mergedId":"joe-biden","reason":"Same person."}""",
            [new("mergedId", TextKind.Identifier, Limits.MaxIdChars), new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("reattribute", $"/api/articles/{ArticleId}/quotes/{QuoteId}/speaker", TestUsers.FactChecker,
            """{"speakerId":"joe-biden","reason":"The cue names him."}""",
            [new("speakerId", TextKind.Identifier, Limits.MaxIdChars), new("reason", TextKind.Prose, Limits.MaxReasonChars)]),
        new("ingest-article", "/api/articles", TestUsers.FactChecker,
            """{"title":"Le budget 2027","body":"Le ministre a déclaré que le déficit serait de 3 %.","source":"faults","url":"https://news.example/a","publishedAt":"2026-11-02","language":"fr"}""",
            [new("title", TextKind.Prose, 1_000), new("body", TextKind.Prose, 50_000), new("source", TextKind.Prose, 1_000),
             new("url", TextKind.Prose, 1_000), new("publishedAt", TextKind.Prose, 1_000), new("language", TextKind.Prose, 1_000)],
            IsArticleIngestion: true),
    ];

    public static BodyEndpoint Named(string name) => All.Single(e => e.Name == name);

    /// <summary>Bad values of a text field, by name; identifiers also refuse invisible and direction-changing characters.</summary>
    public static IEnumerable<string> BadKinds(BodyEndpoint endpoint, TextField field) =>
        endpoint.IsArticleIngestion ? ["nul"]
        : field.Kind == TextKind.Identifier ? ["nul", "control", "bidi-override", "zero-width", "oversized"]
        : ["nul", "control", "oversized"];

    public static string BadValue(string kind, TextField field) => kind switch
    {
        "nul" => "before\0after",
        "control" => "bell\u0007ring",
        "bidi-override" => "abc\u202Etxt.exe",
        "zero-width" => "ann\u200B",
        "oversized" => new string('x', field.MaxChars + 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The valid body with one field (or evidenceLinks[i]) replaced by <paramref name="value"/>.</summary>
    public static string With(BodyEndpoint endpoint, string field, JsonNode? value)
    {
        var body = endpoint.Body();
        if (field.EndsWith(']'))
        {
            var open = field.IndexOf('[');
            body[field[..open]]!.AsArray()[int.Parse(field[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else body[field] = value;
        return body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
