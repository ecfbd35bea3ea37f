using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class TaggerTests
{
    private static readonly Lazy<TaggerModel> Shipped = new(() =>
        TaggerModel.LoadEmbedded() ?? throw new InvalidOperationException("The domain assembly embeds no tagger model (models/fr-tagger.bin)."));

    private static List<TaggedSentence> Read(string path)
    {
        using var reader = File.OpenText(path);
        return [.. Conllu.Read(reader)];
    }

    [SharedDataFact("fr_sequoia-ud-dev.conllu")]
    public void The_shipped_model_tags_and_lemmatizes_a_slice_of_Sequoia_dev_accurately()
    {
        var path = SharedData.Ud("fr_sequoia-ud-dev.conllu");
        var scores = TaggerEvaluation.Evaluate(Shipped.Value, Read(path).Take(150));
        scores.Tokens.ShouldBeGreaterThan(2000);
        scores.UposAccuracy.ShouldBeGreaterThan(0.95);
        scores.LemmaAccuracy.ShouldBeGreaterThan(0.95);
        scores.TokenizerF1.ShouldBeGreaterThan(0.98);
    }

    [SharedDataFact("fr_sequoia-ud-train.conllu")]
    public void A_model_trained_on_a_slice_of_Sequoia_train_round_trips_through_its_bytes()
    {
        var path = SharedData.Ud("fr_sequoia-ud-train.conllu");
        var train = Read(path).Take(400).ToList();
        var model = TaggerModel.Train(train, new TaggerTrainingOptions { Epochs = 3 });
        var bytes = model.ToBytes();
        var loaded = TaggerModel.Load(new MemoryStream(bytes));
        loaded.Version.ShouldBe(TaggerModel.VersionOf(bytes));
        loaded.Tagger.Tags.ShouldBe(model.Tagger.Tags);
        TaggerEvaluation.Evaluate(loaded, train.Take(100)).UposAccuracy.ShouldBeGreaterThan(0.9);
        model.ToBytes().ShouldBe(bytes);
    }

    [Fact]
    public void The_analyzer_tags_a_French_quote_with_its_attribution()
    {
        var analysis = LanguageAnalyzer.Default.Analyze("« Nous ne viendrons pas », a-t-il déclaré lundi aux journalistes.", "fr");
        string Lemma(string form) => analysis.Lemmas[analysis.Tokens.ToList().FindIndex(t => analysis.TextOf(t).SequenceEqual(form))]!;
        string Tag(string form) => analysis.Upos[analysis.Tokens.ToList().FindIndex(t => analysis.TextOf(t).SequenceEqual(form))]!;
        Tag("-t-il").ShouldBe("PRON");
        Tag("«").ShouldBe("PUNCT");
        Tag("»").ShouldBe("PUNCT");
        Lemma("-t-il").ShouldBe("lui"); // Sequoia lemmatizes subject "il" as "lui"
        Tag("déclaré").ShouldBe("VERB");
        Lemma("déclaré").ShouldBe("déclarer");
        Lemma("journalistes").ShouldBe("journaliste");
        Tag("aux").ShouldBe("ADP+DET");
        analysis.Sentences.Count.ShouldBe(1);
    }

    [Fact]
    public void English_text_gets_tokens_and_sentences_without_tags()
    {
        var analysis = LanguageAnalyzer.Default.Analyze("\"We won't go,\" she said. Then she left.", "en");
        analysis.Sentences.Count.ShouldBe(2);
        analysis.Tokens.Count.ShouldBe(14);
        analysis.Upos.ShouldAllBe(t => t == null);
        analysis.Lemmas.ShouldAllBe(l => l == null);
    }

    [Theory]
    [InlineData("mangent", "VERB", "manger")]
    [InlineData("Mangent", "VERB", "manger")]
    [InlineData("États", "NOUN", "état")]
    [InlineData("Paris", "PROPN", "Paris")]
    [InlineData("au", "ADP+DET", "à+le")]
    public void Edit_scripts_turn_forms_into_lemmas(string form, string upos, string lemma)
    {
        _ = upos;
        Lemmatizer.Apply(Lemmatizer.Script(form, lemma), form).ShouldBe(lemma);
    }

    [Fact]
    public void Unseen_forms_get_a_learned_lemma()
    {
        var lemmatizer = Shipped.Value.Lemmatizer;
        string[] unseen = ["numérisées", "chatbots", "Reconfigurées"];
        unseen.ShouldAllBe(form => !lemmatizer.Knows(form));
        string[] lemmas = [lemmatizer.Lemmatize("numérisées", "VERB"), lemmatizer.Lemmatize("chatbots", "NOUN"), lemmatizer.Lemmatize("Reconfigurées", "VERB")];
        lemmas.ShouldBe(["numériser", "chatbot", "reconfigurer"]);
    }

    [Fact]
    public void Multi_word_tokens_keep_their_surface_form_with_joined_tags_and_lemmas()
    {
        const string conllu = "# text = Il va au marché.\n1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tva\taller\tVERB\t_\t_\t0\troot\t_\t_\n" +
            "3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_\n3\tà\tà\tADP\t_\t_\t5\tcase\t_\t_\n4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n" +
            "5\tmarché\tmarché\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
        var sentence = Conllu.Read(new StringReader(conllu)).Single();
        sentence.Text.ShouldBe("Il va au marché.");
        sentence.Forms.ShouldBe(["Il", "va", "au", "marché", "."]);
        sentence.Upos.ShouldBe(["PRON", "VERB", "ADP+DET", "NOUN", "PUNCT"]);
        sentence.Lemmas.ShouldBe(["il", "aller", "à+le", "marché", "."]);
    }
}
