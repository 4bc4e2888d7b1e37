using FsCheck;
using FsCheck.Xunit;

namespace Dossier.Ner.Tests;

public class DecodingTests
{
    [Property(MaxTest = 300)]
    public bool Viterbi_always_yields_valid_iob2(int seed, PositiveInt length)
    {
        var n = 1 + (length.Get % 40);
        var rng = new Random(seed);
        var emissions = new float[n * NerLabels.Count];
        var transitions = new float[Viterbi.TransitionSize];
        for (var i = 0; i < emissions.Length; i++)
        {
            // Make I- labels attractive, so the constraint has to do the work.
            emissions[i] = (float)((rng.NextDouble() * 10) - 5 + ((i % NerLabels.Count) % 2 == 0 && i % NerLabels.Count != 0 ? 4 : 0));
        }

        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)((rng.NextDouble() * 10) - 5);
        }

        var output = new NerLabel[n];
        Viterbi.Decode(emissions, n, transitions, output, new float[n * NerLabels.Count], new byte[n * NerLabels.Count]);
        return NerLabels.IsValidSequence(output);
    }

    [Fact]
    public void Viterbi_finds_the_best_sequence_on_a_small_case()
    {
        // Two tokens; emissions favour B-PER then I-PER; transitions neutral.
        var emissions = new float[2 * NerLabels.Count];
        emissions[(int)NerLabel.BPer] = 3;
        emissions[NerLabels.Count + (int)NerLabel.IPer] = 3;
        emissions[NerLabels.Count + (int)NerLabel.ILoc] = 5; // not allowed after B-PER
        var output = new NerLabel[2];
        Viterbi.Decode(emissions, 2, new float[Viterbi.TransitionSize], output, new float[18], new byte[18]);
        // B-PER I-PER scores 6; B-LOC I-LOC 5; I-LOC after B-PER is forbidden.
        Assert.Equal([NerLabel.BPer, NerLabel.IPer], output);
    }

    [Fact]
    public void Model_output_is_valid_iob2_on_arbitrary_tokens()
    {
        var model = TinyModel.Model;
        var rng = new Random(7);
        string[] vocabulary = ["Peter", "of", "LONDON", "the", ",", "Smith", "said", "Siemens", "x", "1996", "\"", "NEW", "york", "Commission"];
        for (var trial = 0; trial < 200; trial++)
        {
            var tokens = Enumerable.Range(0, 1 + rng.Next(25)).Select(_ => vocabulary[rng.Next(vocabulary.Length)]).ToArray();
            Assert.True(NerLabels.IsValidSequence(model.TagSentence(tokens)));
        }
    }

    [Theory]
    [InlineData("O", NerLabel.O)]
    [InlineData("B-PER", NerLabel.BPer)]
    [InlineData("I-MISC", NerLabel.IMisc)]
    public void Labels_parse_and_print(string text, NerLabel label)
    {
        Assert.True(NerLabels.TryParse(text, out var parsed));
        Assert.Equal(label, parsed);
        Assert.Equal(text, label.ToIob());
    }

    [Fact]
    public void Iob1_is_normalised_to_iob2()
    {
        NerLabel[] labels = [NerLabel.IPer, NerLabel.IPer, NerLabel.O, NerLabel.ILoc, NerLabel.IOrg];
        NerLabels.NormalizeToIob2(labels);
        Assert.Equal([NerLabel.BPer, NerLabel.IPer, NerLabel.O, NerLabel.BLoc, NerLabel.BOrg], labels);
    }
}
