using System.CommandLine;
using ClaimCheck.Language;

namespace ClaimCheck.Cli.Commands;

/// <summary>eval-tagger: UPOS and lemma accuracy (all tokens and unseen words) and tokenizer F1 on a CoNLL-U file.</summary>
public static class EvalTaggerCommand
{
    public static Command Create()
    {
        var ud = new Option<string>("--ud") { Description = "A CoNLL-U file with gold UPOS and lemmas", Required = true };
        var model = new Option<string?>("--model") { Description = $"Model file (default: the model built into the tool, from {TrainTaggerCommand.DefaultModelPath})" };
        var command = new Command("eval-tagger", "Evaluate the French tagger and lemmatizer on a UD treebank file.");
        command.Options.Add(ud);
        command.Options.Add(model);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(model);
            TaggerModel? loaded;
            if (path is null)
            {
                loaded = TaggerModel.LoadEmbedded();
            }
            else
            {
                using var stream = File.OpenRead(path);
                loaded = TaggerModel.Load(stream);
            }
            if (loaded is null)
            {
                Console.Error.WriteLine($"No tagger model: this build embeds none; train one with train-tagger or pass --model.");
                return 1;
            }
            var file = parseResult.GetValue(ud)!;
            Console.WriteLine($"model: {loaded.Version}");
            Console.WriteLine($"{Path.GetFileName(file)}:");
            Console.Write(TaggerEvaluation.Evaluate(loaded, TrainTaggerCommand.ReadTreebank(file)).ToText());
            return 0;
        });
        return command;
    }
}
