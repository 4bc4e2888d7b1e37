using System.CommandLine;
using System.Globalization;
using Dossier.Language.Entities;

namespace Dossier.Cli;

/// <summary>`dossier gazetteer build`: builds the compact place gazetteer the entity grouper ships with.</summary>
internal static class GazetteerCommand
{
    public static Command Create()
    {
        var gazetteer = new Command("gazetteer", "Build the place gazetteer Dossier ships (models/places.tsv.gz; see models/places.md).");
        gazetteer.Subcommands.Add(CreateBuild());
        return gazetteer;
    }

    private static Command CreateBuild()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder with cities1000.tsv (GeoNames) and the world-countries, i18n-iso-countries and countries-list packages.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "File to write (gzip-compressed when it ends in .gz).",
            DefaultValueFactory = _ => "models/places.tsv.gz",
            HelpName = "FILE",
        };
        var population = new Option<long>("--min-population")
        {
            Description = "Leave out cities with fewer people.",
            DefaultValueFactory = _ => 15_000,
            HelpName = "N",
        };
        var command = new Command("build", "Build the gazetteer from the public country and city lists; the same data gives the same file.")
        {
            data, output, population,
        };

        command.SetAction((parse, cancellationToken) =>
        {
            var dataDirectory = parse.GetValue(data)!;
            if (!Directory.Exists(dataDirectory))
            {
                Report.Error($"{dataDirectory}: no such directory");
                return Task.FromResult(ExitCodes.Usage);
            }

            var builder = new PlaceGazetteerBuilder { MinPopulation = parse.GetValue(population) }.AddDirectory(dataDirectory);
            var (countries, cities) = builder.Counts;
            if (countries == 0 && cities == 0)
            {
                Report.Error($"{dataDirectory}: no country or city list found");
                return Task.FromResult(ExitCodes.Usage);
            }

            var path = parse.GetValue(output)!;
            builder.Write(path);
            Report.Info(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {countries} countries, {cities} cities, {new FileInfo(path).Length / 1024.0:F0} KiB"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
