using System.CommandLine;
using System.Globalization;
using Dossier.Engine;

namespace Dossier.Cli;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description, bool required = true) => new("paths")
    {
        Description = description,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file that holds ingested articles.",
        DefaultValueFactory = _ => "dossier.db",
        HelpName = "PATH",
    };

    public static Option<string?> OutputFile() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "FILE",
    };

    public static Option<string?> CreationTime() => new("--dct")
    {
        Description = "Document creation time (YYYY-MM-DD) used to resolve relative dates, overriding what the articles say.",
        HelpName = "YYYY-MM-DD",
    };

    public static Option<string?> Today() => new("--today")
    {
        Description = "The day to assume for articles nothing dates (default: the real today); makes runs reproducible.",
        HelpName = "YYYY-MM-DD",
    };

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = "Largest input accepted, in MiB.",
        DefaultValueFactory = _ => 64,
        HelpName = "MIB",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Documents read and analysed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    /// <summary>Reads the options every analysing command shares; null (with the error written) when one is invalid.</summary>
    public static DossierOptions? Read(ParseResult parse, Option<string?> dct, Option<string?> today, Option<long> maxSize, Option<int> jobs)
    {
        if (!TryReadDate(parse, dct, out var creationTime) || !TryReadDate(parse, today, out var day))
        {
            return null;
        }

        var mib = parse.GetValue(maxSize);
        var parallel = parse.GetValue(jobs);
        if (mib < 1 || parallel < 1)
        {
            Report.Error("--max-size and --jobs must be at least 1");
            return null;
        }

        return new DossierOptions
        {
            CreationTime = creationTime,
            Today = day ?? DateOnly.FromDateTime(DateTime.UtcNow),
            MaxParallelism = parallel,
            Ingest = new Dossier.Ingest.IngestOptions { MaxInputBytes = mib * 1024 * 1024 },
        };
    }

    private static bool TryReadDate(ParseResult parse, Option<string?> option, out DateOnly? date)
    {
        date = null;
        if (parse.GetValue(option) is not { } text)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Report.Error($"{option.Name}: '{text}' is not a date in the form YYYY-MM-DD");
            return false;
        }

        date = day;
        return true;
    }
}
