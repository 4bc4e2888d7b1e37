using System.CommandLine;
using Dossier.Cli;

var root = new RootCommand("Dossier: turns many news articles about one story into a briefing where every sentence cites its sources.")
{
    BriefCommand.Create(),
    IngestCommand.Create(),
    AnnotateCommand.Create(),
    ExtractCommand.Create(),
    SearchCommand.Create(),
    NerCommand.Create(),
    TrainCommand.Create(),
    CompareCommand.Create(),
    StoriesCommand.Create(),
    GazetteerCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
