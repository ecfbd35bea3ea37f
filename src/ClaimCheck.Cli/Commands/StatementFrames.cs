using ClaimCheck.Extraction;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>How the command line reads a free statement into a frame for the judge's rules.</summary>
internal static class StatementFrames
{
    public static readonly StatementFrameReader? Reader = ClaimFrameParser.Reader;
}
