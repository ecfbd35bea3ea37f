using System.CommandLine;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>Every subcommand of the claimcheck tool, one line each.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        IngestCommand.Create(),
        ServeCommand.Create(),
        ReplayCommand.Create(),
        UsersCommand.Create(),
        AuditCommand.Create(),
        RejudgeCommand.Create(),
        BenchPipelineCommand.Create(),
        BenchNodesCommand.Create(),
        BenchRetrievalCommand.Create(),
        TrainCommand.Create(),
        JudgePairsCommand.Create(),
        EvalPairsCommand.Create(),
        SeedReviewQueueCommand.Create(),
        ExplainReviewQueueCommand.Create(),
        ExtractCommand.Create(),
        EvalExtractCommand.Create(),
        AnalyzeCommand.Create(),
        TrainAttributionCommand.Create(),
        EvalAttributionCommand.Create(),
        ReextractCommand.Create(),
        DeadLettersCommand.Create(),
        TrainTaggerCommand.Create(),
        EvalTaggerCommand.Create(),
        CodegenCommand.Create(),
    ];
}
