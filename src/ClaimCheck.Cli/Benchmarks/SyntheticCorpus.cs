using ClaimCheck.Ingestion;

namespace ClaimCheck.Cli.Benchmarks;

/// <summary>
/// Distinct articles for load runs, derived from the sample corpus: each copy gets a numbered edition
/// line and a shifted publication date, so its content (and therefore its id) differs while its quotes,
/// speakers and claims stay those of real articles.
/// </summary>
public static class SyntheticCorpus
{
    public static IEnumerable<ArticleDraft> From(IReadOnlyList<ArticleDraft> samples, int count)
    {
        var start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            yield return sample with
            {
                Title = $"{sample.Title} (édition {i + 1})",
                Body = $"{sample.Body}\n\nÉdition de charge numéro {i + 1}.",
                Source = "load-test",
                PublishedAt = start.AddHours(i).ToString("O"),
            };
        }
    }
}
