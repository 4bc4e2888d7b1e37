using Dossier.Core;

namespace Dossier.Language.Tests;

public class DebugDump
{
    [Fact, Trait("Category", "Manual")]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_FILE") ?? "";
        if (!File.Exists(path))
        {
            return;
        }

        var d = TestDocs.Analyze(File.ReadAllText(path), dct: new DateOnly(2026, 5, 11));
        using var w = new StreamWriter("/tmp/dump.txt");
        foreach (var s in d.Get(Layers.Sentences)) w.WriteLine("S: " + d.TextOf(s));
        foreach (var e in d.Get(Layers.Entities)) w.WriteLine($"E: {d.TextOf(e)} {e.Type}");
        foreach (var t in d.Get(Layers.Timexes)) w.WriteLine($"T: {d.TextOf(t)} {t.Type} {t.Value}");
        foreach (var q in d.Get(Layers.Quotes)) w.WriteLine($"Q: {(q.Direct ? "D" : "I")} [{d.TextOf(q)}] speaker={(q.Speaker is { } sp ? d.TextOf(sp) : "-")} cue={(q.Cue is { } c ? d.TextOf(c) : "-")} name={q.SpeakerName}");
    }
}
