using Dossier.Core.Corpus;
using Dossier.Language.Entities;

namespace Dossier.Language.Tests;

/// <summary>The builder's name rules on small project-written lists in the layout of ../shared/data/gazetteers.</summary>
public sealed class PlaceGazetteerBuilderTests
{
    [Fact]
    public void Aliases_are_kept_bare_codes_dropped_and_a_former_name_of_a_large_city_elsewhere_left_out()
    {
        var root = Directory.CreateTempSubdirectory("places-");
        try
        {
            var world = Directory.CreateDirectory(Path.Combine(root.FullName, "world-countries-0", "package"));
            File.WriteAllText(Path.Combine(world.FullName, "countries.json"), """
                [{"cca2":"VL","name":{"common":"Valdoria","official":"Republic of Valdoria"},"altSpellings":["VL","RV"],"latlng":[10,20],"unMember":true},
                 {"cca2":"ZQ","name":{"common":"Zequia","official":"Zequia"},"altSpellings":["ZQ"],"latlng":[1,2],"unMember":true}]
                """);
            var list = Directory.CreateDirectory(Path.Combine(root.FullName, "countries-list-0", "package"));
            File.WriteAllText(Path.Combine(list.FullName, "countries.min.json"), """
                {"VL":{"name":"Valdoria","alias":["VL","Old Valdor","Port Sable"]},"ZQ":{"name":"Zequia","alias":["Zeq Coast"]}}
                """);
            File.WriteAllText(Path.Combine(root.FullName, "cities1000.tsv"),
                "geonameid\tname\tcountry\tadmin_code\tfeature_code\tpopulation\tlon\tlat\n"
                + "1\tPort Sable\tZQ\t01\tPPL\t250000\t2\t1\n"
                + "2\tZeq Coast\tZQ\t01\tPPL\t300000\t2\t1\n");

            var writer = new StringWriter();
            new PlaceGazetteerBuilder().AddDirectory(root.FullName).Write(writer);
            var g = PlaceGazetteer.Read(new StringReader(writer.ToString()));

            string? Id(string name) => g.ResolveExact(NameMatching.Normalize(name))?.GazetteerId;
            Assert.Equal("country:VL", Id("Old Valdor"));  // an alias
            Assert.Equal("country:VL", Id("VL"));          // a code the alias list gives back
            Assert.Equal("country:VL", Id("RV"));          // an alternate spelling that is not the bare code
            Assert.Null(Id("ZQ"));                         // a bare ISO code only
            Assert.Equal("geonames:1", Id("Port Sable"));  // a large city of another country keeps its name
            Assert.Equal("country:ZQ", Id("Zeq Coast"));   // the same country's own city does not block the alias
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
