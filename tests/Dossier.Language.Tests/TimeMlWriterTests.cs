using System.Xml.Linq;
using Dossier.Core;
using Dossier.Language.Tests.Evaluation;

namespace Dossier.Language.Tests;

public class TimeMlWriterTests
{
    private const string Text = "Talks <in Marvik> & \"Brevia\" ended on Monday, May 11, 2026.\r\nThey resume next week & last 3 hours.\n\nPrices rose 5% in the third quarter; inspectors visit every Monday.";

    private static (Document Document, string Xml) Write()
    {
        var document = TestDocs.Analyze(Text, new DateOnly(2026, 5, 12));
        using var stream = new MemoryStream();
        TimeMlWriter.Write(document, stream);
        return (document, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void System_xml_reads_back_the_text_and_every_timex()
    {
        var (document, xml) = Write();
        var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!;
        var dct = root.Element("DCT")!.Element("TIMEX3")!;
        Assert.Equal("CREATION_TIME", dct.Attribute("functionInDocument")!.Value);
        Assert.Equal("2026-05-12", dct.Attribute("value")!.Value);

        var text = root.Element("TEXT")!;
        Assert.Equal(Text, text.Value);
        var found = new List<(int, int, string, string)>();
        var offset = 0;
        foreach (var node in text.Nodes())
        {
            var value = node is XElement e ? e.Value : ((XText)node).Value;
            if (node is XElement timex)
            {
                found.Add((offset, offset + value.Length, timex.Attribute("type")!.Value, timex.Attribute("value")!.Value));
                Assert.StartsWith("t", timex.Attribute("tid")!.Value, StringComparison.Ordinal);
            }

            offset += value.Length;
        }

        var expected = document.Get(Layers.Timexes).Select(t => (t.Start, t.End, TimeMlWriter.TypeName(t.Type), t.Value)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_timebank_reader_reads_back_the_same_timexes()
    {
        var (document, xml) = Write();
        var path = Path.Combine(Path.GetTempPath(), $"dossier-timeml-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, xml);
        try
        {
            var parsed = TimeBankEvaluation.Parse(path);
            Assert.Equal(new DateOnly(2026, 5, 12), parsed.Dct);
            // The evaluation reader decodes entities itself, so the carriage return comes back as written.
            Assert.Equal(Text, parsed.Text);
            var expected = document.Get(Layers.Timexes).Select(t => new TimeBankEvaluation.GoldTimex(t.Start, t.End, TimeMlWriter.TypeName(t.Type), t.Value));
            Assert.Equal(expected, parsed.Timexes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Characters_xml_cannot_carry_keep_their_offsets()
    {
        var document = TestDocs.Analyze("Bad \u0001 byte, then talks on May 11, 2026.", new DateOnly(2026, 5, 12));
        using var stream = new MemoryStream();
        TimeMlWriter.Write(document, stream);
        var text = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()), LoadOptions.PreserveWhitespace).Root!.Element("TEXT")!.Value;
        Assert.Equal(document.Text.Length, text.Length);
        Assert.Equal('\uFFFD', text[4]);
        Assert.Contains("May 11, 2026", text, StringComparison.Ordinal);
    }
}
