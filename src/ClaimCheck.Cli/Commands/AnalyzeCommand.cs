using System.CommandLine;
using System.Globalization;
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
            var articles = new List<(string Name, DateTimeOffset Date, IReadOnlyList<JudgedClaim> Claims)>();
            var fallback = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var (file, position) in files.Select((f, i) => (f, i)))
            {
                var name = Path.GetFileName(file);
                var result = validator.Validate(ArticleTextFormat.Parse(File.ReadAllText(file), name));
                if (result.Submission is not { } article)
                {
                    Console.Error.WriteLine($"{file}: rejected: {result.Problem}");
                    continue;
                }
                var date = PublicationDates(Path.GetDirectoryName(Path.GetFullPath(file))!).GetValueOrDefault(name, fallback.AddDays(position));
                var quotes = extractor.Extract(article.HeadlineGiven ? article.Title : null, article.Body, article.Language);
                var articleId = JudgedClaims.ArticleIdFor(name);
                articles.Add((name, date, quotes.Select(q => JudgedClaims.FromQuote(q, articleId, date, extractor.Version)).ToList()));
            }

            var index = new ClaimIndex();
            var sources = articles.SelectMany(a => a.Claims.Select(c => (c.ClaimId, a.Name))).ToDictionary(x => x.ClaimId, x => x.Name);
            var rows = new List<FlagRow>();
            foreach (var article in articles.OrderBy(a => a.Date))
                foreach (var (first, second, judgement) in index.JudgeArticle(article.Claims, judge))
                    if (judgement.ShouldFlag)
                    {
                        var (earlier, later) = ClaimRules.Order(first, second);
                        rows.Add(new FlagRow(judgement.Label, judgement.Score, sources[earlier.ClaimId], earlier, sources[later.ClaimId], later, judgement.Reasons));
                    }

            AnsiConsole.MarkupLineInterpolated($"{articles.Count} articles, {articles.Sum(a => a.Claims.Count)} claims, model {judge.ModelVersion[..19]}…");
            FlagTable.Print(rows, AnsiConsole.Console);
            return 0;
        });
        return command;
    }

    private static readonly Dictionary<string, IReadOnlyDictionary<string, DateTimeOffset>> DatesByFolder = [];

    private static IReadOnlyDictionary<string, DateTimeOffset> PublicationDates(string folder)
    {
        if (DatesByFolder.TryGetValue(folder, out var known)) return known;
        var file = Path.Combine(folder, "published.tsv");
        var dates = !File.Exists(file)
            ? new Dictionary<string, DateTimeOffset>()
            : File.ReadLines(file)
                .Where(l => l.Length > 0 && l[0] != '#')
                .Select(l => l.Split('\t'))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => DateTimeOffset.Parse(p[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        return DatesByFolder[folder] = dates;
    }
}
