using System.Text;
using Dossier.Core;

namespace Dossier.Bench;

/// <summary>Generates a news-like article with names, dates, quotes and some boilerplate, deterministically.</summary>
internal static class SyntheticArticle
{
    private static readonly string[] People = ["Anna Berg", "Tomas Keller", "Mira Osei", "Viktor Lund", "Elena Marsh"];
    private static readonly string[] Places = ["Port Elena", "Valdoria", "Kestria", "the Saren Valley", "Geneva"];
    private static readonly string[] Days = ["on Monday", "on Tuesday", "last week", "on May 12", "on 14 May 2026", "earlier this month"];

    public static (string Text, Block[] Blocks) Create(int paragraphs, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var blocks = new List<Block>();

        void Add(string line, BlockKind kind)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            blocks.Add(new Block(text.Length, text.Length + line.Length, kind));
            text.Append(line);
        }

        Add("Talks resume in Port Elena as ceasefire hopes rise", BlockKind.Title);
        for (var p = 0; p < paragraphs; p++)
        {
            var person = People[random.Next(People.Length)];
            var place = Places[random.Next(Places.Length)];
            var day = Days[random.Next(Days.Length)];
            Add(
                $"Foreign Minister {person} arrived in {place} {day}, officials said. " +
                $"\"We are ready to discuss a ceasefire, but not at any price,\" {person.Split(' ')[1]} told reporters. " +
                $"The delegation rejected a proposal on the exchange of {random.Next(20, 60)} prisoners and offered talks on an energy corridor. " +
                $"According to {People[random.Next(People.Length)]}, the next round could begin within two weeks.",
                BlockKind.Paragraph);
            if (p % 5 == 4)
            {
                Add("Share this article", BlockKind.Paragraph);
            }
        }

        return (text.ToString(), [.. blocks]);
    }
}
