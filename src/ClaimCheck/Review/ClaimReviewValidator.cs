using System.Text.Json.Nodes;

namespace ClaimCheck.Review;

/// <summary>A problem found in a JSON-LD document, located by a JSON path such as <c>$.reviewRating.ratingValue</c>.</summary>
public sealed record JsonLdProblem(string Path, string Message);

/// <summary>
/// Checks ClaimReview JSON-LD against a small shipped whitelist of schema.org properties for the types we emit.
/// The whitelist is deliberately narrow (not the whole schema.org vocabulary): a typo such as <c>ratingvalue</c>
/// or a property from another type is silently ignored by search engines, so it is better caught here.
/// </summary>
public static class ClaimReviewValidator
{
    private sealed record TypeRule(IReadOnlySet<string> Allowed, IReadOnlyList<string> Required, IReadOnlyDictionary<string, string[]> Ranges);

    private static readonly string[] Agents = ["Person", "Organization"];

    // Property names from schema.org (ClaimReview < Review < CreativeWork < Thing; Claim < CreativeWork;
    // Rating < Intangible < Thing; Person, Organization < Thing), limited to the ones useful for fact-checks.
    private static readonly IReadOnlyDictionary<string, TypeRule> Rules = new Dictionary<string, TypeRule>
    {
        ["ClaimReview"] = new(
            Set("claimReviewed", "itemReviewed", "reviewRating", "author", "publisher", "datePublished", "dateModified",
                "url", "name", "headline", "description", "reviewBody", "inLanguage", "sameAs"),
            ["claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished", "url"],
            new Dictionary<string, string[]>
            {
                ["itemReviewed"] = ["Claim"], ["reviewRating"] = ["Rating"], ["author"] = Agents, ["publisher"] = Agents,
            }),
        ["Claim"] = new(
            Set("author", "appearance", "firstAppearance", "datePublished", "name", "text", "url", "inLanguage", "description"),
            ["author"],
            new Dictionary<string, string[]>
            {
                ["author"] = Agents, ["appearance"] = ["CreativeWork"], ["firstAppearance"] = ["CreativeWork"],
            }),
        ["Rating"] = new(
            Set("ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation", "name", "description", "image"),
            ["ratingValue", "bestRating", "worstRating", "alternateName"],
            new Dictionary<string, string[]>()),
        ["Person"] = new(Set("name", "url", "sameAs", "jobTitle", "image", "description"), ["name"], new Dictionary<string, string[]>()),
        ["Organization"] = new(Set("name", "url", "sameAs", "logo", "description"), ["name"], new Dictionary<string, string[]>()),
        ["CreativeWork"] = new(
            Set("url", "headline", "name", "datePublished", "author", "publisher", "inLanguage", "description"),
            ["url"],
            new Dictionary<string, string[]> { ["author"] = Agents, ["publisher"] = Agents }),
    };

    /// <summary>Type names the whitelist knows; anything else is reported.</summary>
    public static IReadOnlyCollection<string> KnownTypes => Rules.Keys.ToArray();

    public static IReadOnlyList<JsonLdProblem> Validate(JsonObject document)
    {
        var problems = new List<JsonLdProblem>();
        if (document["@context"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || (string)document["@context"]! is not (ClaimReviewJsonLd.Context or "http://schema.org" or "https://schema.org/"))
            problems.Add(new("$.@context", $"@context must be {ClaimReviewJsonLd.Context}."));
        ValidateNode(document, "$", ["ClaimReview"], problems);
        return problems;
    }

    public static bool IsValid(JsonObject document) => Validate(document).Count == 0;

    private static void ValidateNode(JsonObject node, string path, string[] expectedTypes, List<JsonLdProblem> problems)
    {
        var type = node["@type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var t) ? t : null;
        if (type is null)
        {
            problems.Add(new($"{path}.@type", $"@type is missing; expected {string.Join(" or ", expectedTypes)}."));
            return;
        }
        if (!expectedTypes.Contains(type))
        {
            problems.Add(new($"{path}.@type", $"@type {type} is not allowed here; expected {string.Join(" or ", expectedTypes)}."));
            return;
        }
        var rule = Rules[type];

        foreach (var (name, value) in node)
        {
            if (name is "@type" || (name is "@context" && path == "$")) continue;
            var propertyPath = $"{path}.{name}";
            if (!rule.Allowed.Contains(name))
            {
                problems.Add(new(propertyPath, $"{name} is not a schema.org property of {type}."));
                continue;
            }
            if (value is JsonObject child)
            {
                if (rule.Ranges.TryGetValue(name, out var childTypes))
                    ValidateNode(child, propertyPath, childTypes, problems);
                else
                    problems.Add(new(propertyPath, $"{name} of {type} takes a plain value, not an object."));
            }
        }

        foreach (var required in rule.Required)
            if (node[required] is null || node[required] is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s))
                problems.Add(new($"{path}.{required}", $"{required} is required on {type}."));
    }

    private static IReadOnlySet<string> Set(params string[] names) => new HashSet<string>(names, StringComparer.Ordinal);
}
