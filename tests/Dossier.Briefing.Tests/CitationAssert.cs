using Dossier.Core;

namespace Dossier.Briefing.Tests;

/// <summary>Checks that every citation of a briefing lands on the text it claims.</summary>
internal static class CitationAssert
{
    public static int AllLandOnText(Briefing briefing, IReadOnlyList<Document> documents)
    {
        var texts = documents.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
        var count = 0;

        void Exact(string text, Citation citation)
        {
            Assert.True(texts.TryGetValue(citation.Source, out var document), $"unknown source {citation.Source}");
            Assert.InRange(citation.Start, 0, citation.End);
            Assert.InRange(citation.End, citation.Start, document!.Text.Length);
            Assert.Contains(text, document.Text[citation.Start..citation.End], StringComparison.Ordinal);
            Assert.False(document.IsExcluded(new TextSpan(citation.Start, citation.End)), "citation of excluded text");
            count++;
        }

        void InRange(Citation citation)
        {
            Assert.True(texts.TryGetValue(citation.Source, out var document), $"unknown source {citation.Source}");
            Assert.InRange(citation.Start, 0, citation.End);
            Assert.InRange(citation.End, citation.Start, document!.Text.Length);
            Assert.False(document.IsExcluded(new TextSpan(citation.Start, citation.End)), "support of excluded text");
        }

        foreach (var item in briefing.Summary.Concat(briefing.Faq.SelectMany(f => f.Answer)))
        {
            Assert.NotEmpty(item.Citations);
            Assert.Equal(item.Text, Slice(texts, item.Citations[0]));
            item.Citations.ToList().ForEach(c => Exact(item.Text, c));
            item.Support.ToList().ForEach(InRange);
        }

        foreach (var entry in briefing.Timeline)
        {
            Assert.NotEmpty(entry.Citations);
            Assert.Equal(entry.Text, Slice(texts, entry.Citations[0]));
            entry.Citations.ToList().ForEach(c => Exact(entry.Text, c));
            entry.Support.ToList().ForEach(InRange);
        }

        foreach (var quote in briefing.Quotes)
        {
            Exact(quote.Text, new Citation(quote.Source, quote.Start, quote.End));
        }

        foreach (var mention in briefing.Entities.SelectMany(e => e.Mentions))
        {
            Exact(mention.Text, new Citation(mention.Source, mention.Start, mention.End));
        }

        foreach (var claim in briefing.Contradictions.SelectMany(c => c.Claims))
        {
            claim.Citations.ToList().ForEach(c => Exact(claim.Text, c));
        }

        return count;
    }

    private static string Slice(Dictionary<string, Document> texts, Citation citation) =>
        texts[citation.Source].Text[citation.Start..citation.End];
}
