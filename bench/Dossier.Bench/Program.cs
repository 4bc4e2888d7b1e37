using BenchmarkDotNet.Running;
using Dossier.Bench;

// `throughput PATH...` measures the whole pipeline on a corpus, `ner FILE.conll` the NER model, `quotes [PATH]` the quote stage alone, `time DIR` the time stage, `tokcheck DATA OUT` hashes of tokens and sentences of the dev texts, `copies --articles N` copy
// detection on a generated corpus, `group --articles N` entity grouping on generated mentions; anything else goes
// to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    return await CorpusThroughput.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "copies")
{
    return CopyDetectionBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "quotes")
{
    return QuoteThroughput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "group")
{
    return GroupingBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "time")
{
    return TimeThroughput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "tokcheck")
{
    return TokenizationCheck.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ner")
{
    return NerThroughput.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
