using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Cli.Ingestion;
using Spectre.Console;

namespace ClaimCheck.Api.Tests.CommandLine;

[Collection(ApiCollection.Name)]
public sealed class IngestCommandTests(ApiFixture api) : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("claimcheck-ingest-").FullName;
    private readonly StringWriter _output = new();

    private IAnsiConsole Console => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output), Interactive = InteractionSupport.No });

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task The_sample_corpus_is_ingested_once_and_reported_as_five_duplicates_the_second_time()
    {
        var samples = Path.Combine(RepositoryRoot.Path, "samples", "articles");

        var first = await IngestionRun.RunAsync(api.Host.Services, [samples], Console, CancellationToken.None);
        var second = await IngestionRun.RunAsync(api.Host.Services, [samples], Console, CancellationToken.None);

        (first.Ingested.Count + first.Duplicates.Count).ShouldBe(5);
        first.Rejected.ShouldBeEmpty();
        second.Ingested.ShouldBeEmpty();
        second.Duplicates.Count.ShouldBe(5);
        second.Duplicates.Select(d => d.ArticleId).ShouldBe(first.Ingested.Concat(first.Duplicates).Select(i => i.ArticleId), ignoreOrder: true);
    }

    [Fact]
    public async Task A_bad_jsonl_line_is_rejected_with_its_line_number_and_the_other_lines_are_ingested()
    {
        var marker = Guid.NewGuid().ToString("N");
        var file = Path.Combine(_workDirectory, "batch.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            $$"""{"title": "Premier {{marker}}", "body": "Le premier article.", "source": "lot"}""",
            """{"title": "Sans corps", "source": "lot"}""",
            "",
            """{"title": "JSON cassé", """,
            $$"""{"title": "Second {{marker}}", "body": "The second article.", "source": "batch", "language": "en"}""",
        ]);

        var summary = await IngestionRun.RunAsync(api.Host.Services, [file], Console, CancellationToken.None);
        IngestionRun.Print(summary, Console);

        summary.Ingested.Count.ShouldBe(2);
        summary.Rejected.Select(r => r.Origin).ShouldBe([$"{file}:2", $"{file}:4"]);
        summary.Rejected[0].Reason.ShouldContain("body");
        _output.ToString().ShouldContain("2 ingested, 0 duplicates, 2 rejected");
    }

    [Fact]
    public async Task A_missing_file_and_an_unsupported_type_are_rejected_with_reasons()
    {
        var other = Path.Combine(_workDirectory, "notes.pdf");
        await File.WriteAllTextAsync(other, "%PDF");

        var summary = await IngestionRun.RunAsync(api.Host.Services, [Path.Combine(_workDirectory, "absent.txt"), other], Console, CancellationToken.None);

        summary.Rejected.Count.ShouldBe(2);
        summary.Rejected[0].Reason.ShouldContain("no such file");
        summary.Rejected[1].Reason.ShouldContain("unsupported file type");
    }
}
