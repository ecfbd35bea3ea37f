using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Extraction;

/// <summary>One article of an extract input file: {"id", "title"?, "body", "language"?}.</summary>
public sealed record ArticleLine(string Id, string? Title, string Body, string? Language);

/// <summary>A quote a human wrote down in the gold file: its kind, its text and who said it (null when nobody can tell).</summary>
public sealed record GoldQuote(QuoteKind Kind, string Text, string? SpeakerId);

/// <summary>One gold line: an article (or a hand-written sentence) and every quote it holds.</summary>
public sealed record GoldArticle(ArticleLine Article, IReadOnlyList<GoldQuote> Quotes, string? Origin);

/// <summary>Reads and writes the JSON-lines contract of the extract and eval-extract commands.</summary>
public static class ExtractionLines
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every article of a JSON-lines reader; a malformed line goes to <paramref name="errors"/> as "line N: reason" and is skipped.</summary>
    public static IEnumerable<ArticleLine> ReadArticles(TextReader reader, TextWriter errors) => ReadNumberedArticles(reader, errors).Select(a => a.Article);

    /// <summary>As <see cref="ReadArticles"/>, with the line number each article came from.</summary>
    public static IEnumerable<(int Line, ArticleLine Article)> ReadNumberedArticles(TextReader reader, TextWriter errors)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var article = TryParseArticle(line, out _, out var error);
            if (article is null) { errors.WriteLine($"line {number}: {error}"); continue; }
            yield return (number, article);
        }
    }

    /// <summary>Every gold line; malformed lines are reported and skipped like the extract input.</summary>
    public static IEnumerable<GoldArticle> ReadGold(TextReader reader, TextWriter errors)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var article = TryParseArticle(line, out var obj, out var error);
            var quotes = article is null ? null : TryParseGoldQuotes(obj!, out error);
            if (article is null || quotes is null) { errors.WriteLine($"line {number}: {error}"); continue; }
            yield return new GoldArticle(article, quotes, Text(obj!, "origin", out _));
        }
    }

    public static ArticleLine? TryParseArticle(string line, out JsonObject? obj, out string? error)
    {
        obj = null;
        error = null;
        JsonNode? node;
        try { node = JsonNode.Parse(line); }
        catch (JsonException e) { error = "not valid JSON (" + e.Message.Split('.')[0] + ")"; return null; }
        if (node is not JsonObject o) { error = "expected a JSON object"; return null; }
        obj = o;
        var id = Text(o, "id", out var idProblem);
        var title = Text(o, "title", out var titleProblem);
        var body = Text(o, "body", out var bodyProblem);
        var language = Text(o, "language", out var languageProblem);
        error = idProblem ?? titleProblem ?? bodyProblem ?? languageProblem;
        if (error is not null) return null;
        if (string.IsNullOrWhiteSpace(id)) { error = "missing \"id\""; return null; }
        if (string.IsNullOrWhiteSpace(body)) { error = "missing or empty \"body\""; return null; }
        if (language is not null && !string.IsNullOrWhiteSpace(language) && !Ingestion.LanguageDetector.Supported.Contains(language.ToLowerInvariant()[..Math.Min(2, language.Length)]))
        {
            error = $"unsupported language \"{language}\" (expected fr or en)";
            return null;
        }
        return new ArticleLine(id, string.IsNullOrWhiteSpace(title) ? null : title, body, string.IsNullOrWhiteSpace(language) ? null : language);
    }

    private static List<GoldQuote>? TryParseGoldQuotes(JsonObject obj, out string? error)
    {
        error = null;
        if (!obj.TryGetPropertyValue("quotes", out var node) || node is not JsonArray array) { error = "missing \"quotes\" array"; return null; }
        var quotes = new List<GoldQuote>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject q) { error = $"quotes[{i}] is not an object"; return null; }
            var kind = Text(q, "kind", out var kindProblem);
            var text = Text(q, "text", out var textProblem);
            var speaker = Text(q, "speaker_id", out var speakerProblem);
            error = kindProblem ?? textProblem ?? speakerProblem;
            if (error is not null) { error = $"quotes[{i}]: {error}"; return null; }
            if (!TryParseKind(kind, out var parsedKind)) { error = $"quotes[{i}]: unknown kind \"{kind}\" (expected direct, partial, indirect or headline)"; return null; }
            if (string.IsNullOrWhiteSpace(text)) { error = $"quotes[{i}]: missing \"text\""; return null; }
            quotes.Add(new GoldQuote(parsedKind, text, string.IsNullOrWhiteSpace(speaker) ? null : speaker));
        }
        return quotes;
    }

    public static bool TryParseKind(string? kind, out QuoteKind parsed)
    {
        parsed = default;
        return kind is not null && Enum.TryParse(kind, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
    }

    private static string? Text(JsonObject obj, string name, out string? problem)
    {
        problem = null;
        if (!obj.TryGetPropertyValue(name, out var value) || value is null) return null;
        if (value is JsonValue v && v.TryGetValue<string>(out var s)) return s;
        if (name == "id" && value is JsonValue n && n.TryGetValue<long>(out var number)) return number.ToString(CultureInfo.InvariantCulture);
        problem = $"\"{name}\" must be a string";
        return null;
    }

    /// <summary>The extract output line: snake_case keys, lowercase enum values.</summary>
    public static string FormatQuote(string articleId, ExtractedQuote quote)
    {
        var claim = quote.Claim;
        var output = new JsonObject
        {
            ["article_id"] = articleId,
            ["kind"] = Lower(quote.Kind),
            ["text"] = quote.Text,
            ["speaker"] = quote.Speaker,
            ["speaker_id"] = quote.SpeakerId,
            ["cue"] = quote.Cue,
            ["start"] = quote.Start,
            ["end"] = quote.End,
            ["confidence"] = Math.Round(quote.Confidence, 4),
            ["claim"] = new JsonObject
            {
                ["subject"] = claim.Subject,
                ["predicate"] = claim.Predicate,
                ["object"] = claim.Object,
                ["polarity"] = Lower(claim.Polarity),
                ["modality"] = Lower(claim.Modality),
                ["place"] = claim.Place,
                ["time"] = new JsonArray([.. claim.Time.Select(t => (JsonNode)JsonValue.Create(t))]),
                ["numbers"] = new JsonArray([.. claim.Numbers.Select(n => (JsonNode)new JsonObject
                {
                    ["value"] = n.Value,
                    ["unit"] = n.Unit,
                    ["counts"] = n.Counts,
                    ["surface"] = n.Surface,
                })]),
            },
        };
        return output.ToJsonString(Compact);
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
