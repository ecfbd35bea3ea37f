using System.CommandLine;
using ClaimCheck.Cli.Ingestion;
using ClaimCheck.Cli.Judging;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using ClaimCheck.Speakers;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Reads, extracts and judges article files in memory (no database) and prints the flags. Publication dates
/// come from a published.tsv beside the files (file, ISO date) when present, since a change of position over
/// time is told from a contradiction by dates; without one, files are taken in name order a day apart.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = ".txt articles or folders of them", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = "Pair classifier zip (default: models/pair-classifier.zip)" };
        var command = new Command("analyze", "Extract and judge .txt articles in memory and print the flagged claim pairs with their reasons.");
        command.Arguments.Add(paths);
        command.Options.Add(model);
        command.SetAction(parse =>
        {
            var files = parse.GetValue(paths)!
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt") : [p])
                .Order(StringComparer.Ordinal).ToList();
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine($"error: no such file: {missing}");
                return 2;
            }

            var judge = JudgingFiles.LoadJudge(parse.GetValue(model));
            var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
            var validator = new ArticleSubmissionValidator(new IngestionLimits());
            var dates = new PublicationDates();
            var articles = new List<(string Name, DateTimeOffset Date, IReadOnlyList<StoredClaim> Claims)>();
            var fallback = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var (file, position) in files.Select((f, i) => (f, i)))
            {
                var name = Path.GetFileName(file);
                var result = validator.Validate(ArticleTextFormat.Parse(File.ReadAllText(file), name) with { PublishedAt = dates.For(file) });
                if (result.Submission is not { } article)
                {
                    Console.Error.WriteLine($"{file}: rejected: {result.Problem}");
                    continue;
                }
                var date = article.PublishedAt ?? fallback.AddDays(position);
                var quotes = extractor.Extract(article.HeadlineGiven ? article.Title : null, article.Body, article.Language);
                var articleId = JudgedClaims.ArticleIdFor(name);
                articles.Add((name, date, quotes.Select(q => new StoredClaim(
                    JudgedClaims.FromQuote(q, articleId, date, extractor.Version), article.Language, q.Speaker, q.Cue)).ToList()));
            }

            // The service's rules (ClaimRetrieval) in memory: each article, in date order, against the ones before it.
            var retrieval = new InMemoryClaimRetrieval(JudgingWindow.Default);
            var sources = articles.SelectMany(a => a.Claims.Select(c => (c.Claim.ClaimId, a.Name))).ToDictionary(x => x.ClaimId, x => x.Name);
            var rows = new List<FlagRow>();
            foreach (var article in articles.OrderBy(a => a.Date).ThenBy(a => a.Name, StringComparer.Ordinal))
            {
                var retrieved = article.Claims.Select(retrieval.CandidatesFor).ToList();
                foreach (var finding in ArticleJudging.Judge(article.Claims, retrieved, judge))
                    rows.Add(new FlagRow(finding.Label, finding.Score, sources[finding.First.Claim.ClaimId], finding.First.Claim,
                        sources[finding.Second.Claim.ClaimId], finding.Second.Claim, finding.Reasons));
                foreach (var claim in article.Claims) retrieval.Add(claim);
            }

            AnsiConsole.MarkupLineInterpolated($"{articles.Count} articles, {articles.Sum(a => a.Claims.Count)} claims, model {judge.ModelVersion[..19]}…");
            FlagTable.Print(rows, AnsiConsole.Console);
            return 0;
        });
        return command;
    }
}
