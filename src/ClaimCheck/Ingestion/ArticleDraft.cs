using System.Text.Json.Serialization;

namespace ClaimCheck.Ingestion;

/// <summary>An article as submitted, before validation: every field may be missing or wrong.</summary>
public sealed record ArticleDraft
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("body")] public string? Body { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("publishedAt")] public string? PublishedAt { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }

    /// <summary>False when the title was derived from the lede because the text had no headline.</summary>
    [JsonIgnore] public bool HeadlineGiven { get; init; } = true;
}
