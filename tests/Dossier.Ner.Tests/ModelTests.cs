namespace Dossier.Ner.Tests;

public class ModelTests
{
    private static readonly string[][] Probe =
    [
        ["Peter", "Blackburn", "visited", "Munich", "."],
        ["President", "Clinton", "met", "Anna", "Schmidt", "in", "London", "."],
        ["Volkswagen", "and", "Siemens", "reported", "from", "Paris"],
        ["THE", "EUROPEAN", "COMMISSION", "SAID"],
    ];

    [Fact]
    public void Save_and_load_round_trip_gives_identical_predictions()
    {
        var model = TinyModel.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.IsTwoStage, loaded.IsTwoStage);
        Assert.Equal(model.Description, loaded.Description);
        foreach (var sentence in Probe)
        {
            Assert.Equal(model.TagSentence(sentence), loaded.TagSentence(sentence));
        }

        Assert.Equal(model.TagDocument(Probe), loaded.TagDocument(Probe));

        using var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(stream.ToArray(), again.ToArray());
    }

    [Fact]
    public void Tiny_model_learns_its_training_data()
    {
        var labels = TinyModel.Model.TagSentence(["Peter", "Blackburn", "visited", "London", "on", "Monday", "."]);
        Assert.Equal([NerLabel.BPer, NerLabel.IPer, NerLabel.O, NerLabel.BLoc, NerLabel.O, NerLabel.O, NerLabel.O], labels);
    }

    [Fact]
    public void Another_format_version_is_refused_with_a_clear_message()
    {
        using var stream = new MemoryStream();
        TinyModel.Model.Save(stream);
        var bytes = stream.ToArray();
        BitConverter.GetBytes(NerModel.FormatVersion + 1).CopyTo(bytes, 4);
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(bytes)));
        Assert.Contains("version", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains((NerModel.FormatVersion + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Other_files_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream([0x44, 0x4E])));
    }

    [Fact]
    public void Span_api_matches_array_api_and_threads_agree()
    {
        var model = TinyModel.Model;
        var expected = Probe.Select(s => model.TagSentence(s)).ToArray();
        var buffer = new NerLabel[16];
        for (var i = 0; i < Probe.Length; i++)
        {
            model.TagSentence(Probe[i], buffer);
            Assert.Equal(expected[i], buffer[..Probe[i].Length]);
        }

        var failures = 0;
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var i = k % Probe.Length;
            if (!model.TagSentence(Probe[i]).SequenceEqual(expected[i]))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Empty_input_is_fine()
    {
        Assert.Empty(TinyModel.Model.TagSentence([]));
        Assert.Empty(TinyModel.Model.TagDocument([]));
        var result = TinyModel.Model.TagDocument([[], ["Peter"]]);
        Assert.Empty(result[0]);
        Assert.Single(result[1]);
    }
}
