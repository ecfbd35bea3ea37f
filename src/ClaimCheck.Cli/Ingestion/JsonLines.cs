using System.IO.Pipelines;
using System.Buffers;

namespace ClaimCheck.Cli.Ingestion;

/// <summary>One raw line of a JSON Lines stream, kept as bytes so encoding errors can be reported per line.</summary>
public readonly record struct JsonLine(byte[] Bytes)
{
    public bool IsBlank => Bytes.AsSpan().Trim(" \t\r"u8).IsEmpty;
}

public static class JsonLines
{
    public static async IAsyncEnumerable<JsonLine> ReadAsync(Stream stream)
    {
        var reader = PipeReader.Create(stream);
        while (true)
        {
            var result = await reader.ReadAsync();
            var buffer = result.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                yield return new JsonLine(TrimCarriageReturn(buffer.Slice(0, end).ToArray()));
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            if (result.IsCompleted)
            {
                if (!buffer.IsEmpty) yield return new JsonLine(TrimCarriageReturn(buffer.ToArray()));
                break;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
        await reader.CompleteAsync();
    }

    private static byte[] TrimCarriageReturn(byte[] line) =>
        line is [.., (byte)'\r'] ? line[..^1] : line;
}
