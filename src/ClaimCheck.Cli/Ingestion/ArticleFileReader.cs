using System.Text;
using ClaimCheck.Ingestion;

namespace ClaimCheck.Cli.Ingestion;

/// <summary>One article read from a file: where it came from and whether it passed validation.</summary>
public sealed record ArticleFromFile(string Origin, SubmissionResult Result);

/// <summary>
/// Reads articles from .txt files (first line headline, rest body) and .jsonl files (one JSON article
/// per line); directories are walked for both. Every problem is reported with its file and line number.
/// </summary>
public sealed class ArticleFileReader(ArticleSubmissionValidator validator)
{
    private readonly PublicationDates _dates = new();

    public static readonly string[] Extensions = [".txt", ".jsonl"];

    public IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }

    public async IAsyncEnumerable<ArticleFromFile> ReadAsync(string file)
    {
        if (!File.Exists(file))
        {
            yield return Rejected(file, $"no such file or directory");
            yield break;
        }
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".txt")
        {
            var bytes = await File.ReadAllBytesAsync(file);
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                yield return Rejected(file, "the file is not valid UTF-8");
                yield break;
            }
            var text = Encoding.UTF8.GetString(bytes);
            var draft = ArticleTextFormat.Parse(text, source: $"file:{Path.GetFileName(file)}") with { PublishedAt = _dates.For(file) };
            yield return new(file, validator.Validate(draft));
        }
        else if (extension == ".jsonl")
        {
            using var stream = File.OpenRead(file);
            var lineNumber = 0;
            await foreach (var line in JsonLines.ReadAsync(stream))
            {
                lineNumber++;
                if (line.IsBlank) continue;
                yield return new($"{file}:{lineNumber}", validator.FromJson(line.Bytes));
            }
        }
        else
        {
            yield return Rejected(file, $"unsupported file type '{extension}' (expected .txt or .jsonl)");
        }
    }

    private static ArticleFromFile Rejected(string origin, string reason) =>
        new(origin, SubmissionProblem.Of(SubmissionProblemKind.InvalidFields, reason));
}
