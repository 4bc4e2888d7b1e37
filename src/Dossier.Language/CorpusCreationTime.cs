using Dossier.Core;

namespace Dossier.Language;

/// <summary>
/// A corpus pass for documents whose date is only a guess (the ingest day, or a month in the text taken as its 1st):
/// an article about the same events as dated siblings was most likely written when they were. A sibling is dated when
/// its DCT came from the user, metadata or a dateline; it is about the same events when the two share explicit dates
/// (weighted 2) and entity names enough to score <see cref="MinimumEvidence"/>. The best-scoring sibling's date is
/// taken (never earlier than the latest full date the document itself names), and the document's time expressions
/// are resolved again against it.
/// </summary>
public static class CorpusCreationTime
{
    /// <summary>The evidence a sibling needs: shared explicit dates count 2, shared entity names 1.</summary>
    public const int MinimumEvidence = 3;

    /// <summary>Re-dates the guessed documents of <paramref name="documents"/>; returns how many changed.</summary>
    public static int Apply(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dated = new List<(Document Document, DocumentDate Date, HashSet<string> Dates, HashSet<string> Names)>();
        var guessed = new List<Document>();
        foreach (var document in documents)
        {
            if (document.Get(Layers.CreationTime) is not { } dct)
            {
                continue;
            }

            if (dct.IsGuess)
            {
                guessed.Add(document);
            }
            else
            {
                dated.Add((document, dct, ExplicitDates(document), Names(document)));
            }
        }

        if (dated.Count == 0 || guessed.Count == 0)
        {
            return 0;
        }

        var changed = 0;
        var recognizer = new TimeExpressionRecognizer();
        foreach (var document in guessed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dates = ExplicitDates(document);
            var names = Names(document);
            (Document Document, DocumentDate Date, int Dates, int Names)? best = null;
            var bestScore = MinimumEvidence - 1;
            foreach (var sibling in dated)
            {
                var sharedDates = dates.Count(sibling.Dates.Contains);
                var sharedNames = names.Count(sibling.Names.Contains);
                var score = 2 * sharedDates + sharedNames;
                // Ties go to the earlier-listed sibling, so the result does not depend on hash order.
                if (score > bestScore)
                {
                    best = (sibling.Document, sibling.Date, sharedDates, sharedNames);
                    bestScore = score;
                }
            }

            if (best is not { } chosen)
            {
                continue;
            }

            var value = chosen.Date.Value;
            var floor = dates.Count > 0 ? dates.Max(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : value;
            if (floor > value)
            {
                value = floor;
            }

            var derivation = $"from '{chosen.Document.Metadata.Source}' (dated by {chosen.Date.Derivation}), which shares {chosen.Dates} dates and {chosen.Names} names";
            document.Set(Layers.CreationTime, new DocumentDate(value, DateOrigin.Corpus, derivation));
            if (document.Has(Layers.Timexes))
            {
                recognizer.Process(document, cancellationToken);
            }

            changed++;
        }

        return changed;
    }


    // Full dates written with their year ("May 3, 2024" → 2024-05-03): the same in every article, whatever its DCT.
    private static HashSet<string> ExplicitDates(Document document)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in TemporalText.FullDate().Matches(document.Text))
        {
            if (TemporalText.ParseFullDate(m) is { } date)
            {
                result.Add(TemporalText.Date(date));
            }
        }

        return result;
    }

    private static HashSet<string> Names(Document document)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in document.Get(Layers.Entities))
        {
            result.Add(document.TextOf(entity));
        }

        return result;
    }
}
