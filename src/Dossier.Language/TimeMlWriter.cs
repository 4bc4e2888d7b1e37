using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Core;

namespace Dossier.Language;

/// <summary>
/// Writes a document's time expressions as TempEval-3 TimeML: DOCID, the DCT as a TIMEX3 with
/// functionInDocument="CREATION_TIME" (tid t0), and the whole text with each time expression wrapped in a TIMEX3
/// (tid, type, value). Text is XML-escaped and otherwise unchanged, so character offsets inside TEXT are the
/// document's own; characters XML cannot carry are written as U+FFFD and carriage returns as &amp;#xD;, which keeps every offset.
/// </summary>
public static class TimeMlWriter
{
    /// <summary>Writes one TimeML document for <paramref name="document"/>.</summary>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            NewLineHandling = NewLineHandling.Entitize, // a carriage return survives as &#xD;
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("TimeML");
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "noNamespaceSchemaLocation", "http://www.w3.org/2001/XMLSchema-instance", "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd");
        xml.WriteString("\n");
        xml.WriteElementString("DOCID", Clean(document.Metadata.Source ?? document.Id));
        xml.WriteString("\n");
        if (document.Get(Layers.CreationTime) is { } dct)
        {
            var value = dct.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            xml.WriteStartElement("DCT");
            xml.WriteStartElement("TIMEX3");
            xml.WriteAttributeString("tid", "t0");
            xml.WriteAttributeString("type", "DATE");
            xml.WriteAttributeString("value", value);
            xml.WriteAttributeString("temporalFunction", "false");
            xml.WriteAttributeString("functionInDocument", "CREATION_TIME");
            xml.WriteString(value);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteString("\n");
        }

        var text = document.Text;
        xml.WriteStartElement("TEXT");
        var position = 0;
        var id = 1;
        foreach (var timex in document.Get(Layers.Timexes))
        {
            if (timex.Start < position)
            {
                continue; // TimeML cannot nest or overlap TIMEX3 elements
            }

            xml.WriteString(Clean(text[position..timex.Start]));
            xml.WriteStartElement("TIMEX3");
            xml.WriteAttributeString("tid", "t" + id.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", TypeName(timex.Type));
            xml.WriteAttributeString("value", timex.Value);
            xml.WriteString(Clean(text[timex.Start..timex.End]));
            xml.WriteEndElement();
            position = timex.End;
            id++;
        }

        xml.WriteString(Clean(text[position..]));
        xml.WriteEndElement();
        xml.WriteString("\n");
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
    }

    /// <summary>The TIMEX3 type attribute.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    // Same length in UTF-16, so offsets inside TEXT stay those of the document.
    private static string Clean(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? XmlConvert.IsXmlSurrogatePair(s[i + 1], c)
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]) || XmlConvert.IsXmlChar(c);
            if (!ok)
            {
                sb ??= new StringBuilder(s);
                sb[i] = '\uFFFD';
            }
        }

        return sb?.ToString() ?? s;
    }
}
