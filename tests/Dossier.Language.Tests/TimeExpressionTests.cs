using Dossier.Core;

namespace Dossier.Language.Tests;

public class TimeExpressionTests
{
    // DCT: Tuesday 2026-05-12 (ISO week 20).
    public static TheoryData<string, string, string, string> Golden => new()
    {
        { "The vote is on May 16, 2026.", "May 16, 2026", "Date", "2026-05-16" },
        { "It happened on 16 May.", "16 May", "Date", "2026-05-16" },
        { "It happened on May 16.", "May 16", "Date", "2026-05-16" },
        { "He arrived on December 20.", "December 20", "Date", "2025-12-20" },
        { "The deadline is 2026-05-16.", "2026-05-16", "Date", "2026-05-16" },
        { "The deadline is 16.05.2026.", "16.05.2026", "Date", "2026-05-16" },
        { "Talks resume in mid-May.", "mid-May", "Date", "2026-05" },
        { "They met in May.", "May", "Date", "2026-05" },
        { "They met in May 2025.", "May 2025", "Date", "2025-05" },
        { "Prices fell in 2024.", "2024", "Date", "2024" },
        { "It began in the 1990s.", "the 1990s", "Date", "199" },
        { "The delegations met on Monday.", "Monday", "Date", "2026-05-11" },
        { "The delegations met on Tuesday.", "Tuesday", "Date", "2026-05-12" },
        { "The delegations will meet on Monday.", "Monday", "Date", "2026-05-18" },
        { "He said Brevia would table a proposal on Thursday.", "Thursday", "Date", "2026-05-14" },
        { "The strike started yesterday.", "yesterday", "Date", "2026-05-11" },
        { "The strike starts today.", "today", "Date", "2026-05-12" },
        { "The strike starts tomorrow.", "tomorrow", "Date", "2026-05-13" },
        { "It was agreed last week.", "last week", "Date", "2026-W19" },
        { "It was agreed last month.", "last month", "Date", "2026-04" },
        { "It will be signed next year.", "next year", "Date", "2027" },
        { "It was signed two days ago.", "two days ago", "Date", "2026-05-10" },
        { "The war lasted three years.", "three years", "Duration", "P3Y" },
        { "The truce holds for 48 hours.", "48 hours", "Duration", "PT48H" },
        { "They offered a 30-day ceasefire.", "30-day", "Duration", "P30D" },
        { "They meet at 3 p.m.", "3 p.m.", "Time", "2026-05-12T15:00" },
        { "They meet at 10:30 am.", "10:30 am", "Time", "2026-05-12T10:30" },
        { "Inspectors visit every week.", "every week", "Set", "P1W" },
        { "Inspectors visit every Monday.", "every Monday", "Set", "XXXX-WXX-1" },
        { "Reports are published annually.", "annually", "Set", "P1Y" },
        { "The region was seized in the autumn of 2024.", "the autumn of 2024", "Date", "2024-FA" },
        { "Profits rose in the third quarter of 2025.", "the third quarter of 2025", "Date", "2025-Q3" },
        { "The talks are now stalled.", "now", "Date", "PRESENT_REF" },
        { "The rebels attacked last night.", "last night", "Time", "2026-05-11TNI" },
        { "He called on Monday morning.", "Monday morning", "Time", "2026-05-11TMO" },
        { "Over the past two weeks prices rose.", "the past two weeks", "Duration", "P2W" },
        { "The polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "Time", "2026-05-06T22:00" },
        { "Sales rose in fiscal 2025.", "fiscal 2025", "Date", "2025" },
        { "Profit for the nine months fell.", "the nine months", "Duration", "P9M" },
        { "A deal is expected within 18 months.", "18 months", "Duration", "P18M" },
        { "It lasted nearly two years.", "nearly two years", "Duration", "P2Y" },
        { "Net income fell from $3 million in the year-earlier quarter.", "the year-earlier quarter", "Date", "2025-Q1" },
        { "It was nearly two weeks ago.", "nearly two weeks ago", "Date", "2026-W18" },
        { "In the last twenty four hours, prices fell.", "the last twenty four hours", "Duration", "PT24H" },
        { "Prices have risen in recent years.", "recent years", "Duration", "PXY" },
        { "The war lasted two decades.", "two decades", "Duration", "P20Y" },
        { "It fell earlier this month.", "earlier this month", "Date", "2026-05" },
        { "Revenue fell in the quarter.", "the quarter", "Date", "2026-Q1" },
        { "He was charged in the 1996 bombing.", "1996", "Date", "1996" },
        { "The vote is on Saturday, May 16.", "Saturday, May 16", "Date", "2026-05-16" },
        { "On Thursday, the league plans to hold a rally.", "Thursday", "Date", "2026-05-14" },
        { "A decision could come as soon as Friday.", "Friday", "Date", "2026-05-15" },
        { "Relatives said they would fight Monday's ruling.", "Monday", "Date", "2026-05-11" },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Recognises_and_normalises(string sentence, string expectedText, string expectedType, string expectedValue)
    {
        var d = TestDocs.Analyze(sentence);
        var timexes = TestDocs.Timexes(d);
        Assert.Contains((expectedText, Enum.Parse<TimexType>(expectedType), expectedValue), timexes);
    }

    [Theory]
    [InlineData("You may leave now if you wish, said Marta.")]
    [InlineData("The March organisers met.")]
    [InlineData("He scored 2026 points.")]
    [InlineData("A 6-year-old boy was hurt.")]
    [InlineData("Twenty years after the war, the town is empty.")]
    public void Does_not_take_common_words_for_dates(string sentence)
    {
        var d = TestDocs.Analyze(sentence);
        Assert.DoesNotContain(TestDocs.Timexes(d), t => t.Value.StartsWith("2026-05", StringComparison.Ordinal) || t.Value == "2026" || t.Value.StartsWith("2026-03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The island imports about three-quarters of its grain.", "three-quarters")]
    [InlineData("The council rejected the last-minute offer.", "last-minute")]
    [InlineData("Mira Holt of Norway and Jan Berger of Austria signed the accord.", "Jan")]
    [InlineData("Speaking on the radio show \"This Week,\" the mayor defended the plan.", "This Week")]
    [InlineData("The senator said so on \"60 Minutes.\"", "60 Minutes")]
    [InlineData("Talks opened on March 3 and 4 ministers left early.", "4")]
    public void Fractions_compound_adjectives_names_titles_and_counts_are_not_time(string sentence, string words)
    {
        var d = TestDocs.Analyze(sentence);
        Assert.DoesNotContain(TestDocs.Timexes(d), t => t.Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Later_is_relative_to_the_previous_date()
    {
        var d = TestDocs.Analyze("The treaty was signed on March 3, 2026. Three weeks later, it collapsed.");
        Assert.Contains(("Three weeks later", TimexType.Date, "2026-W13"), TestDocs.Timexes(d));
    }

    [Fact]
    public void Time_takes_the_date_of_its_sentence()
    {
        var d = TestDocs.Analyze("The session opens on May 20 at 9 a.m.");
        Assert.Contains(("9 a.m.", TimexType.Time, "2026-05-20T09:00"), TestDocs.Timexes(d));
    }

    [Fact]
    public void Spans_are_inside_sentences_and_sorted()
    {
        var d = TestDocs.Analyze("On Monday, May 11, talks opened. They ended yesterday at noon after three days.");
        var sentences = d.Get(Layers.Sentences);
        var timexes = d.Get(Layers.Timexes);
        Assert.NotEmpty(timexes);
        foreach (var t in timexes)
        {
            Assert.Contains(sentences, s => s.Start <= t.Start && t.End <= s.End);
        }
    }
}
