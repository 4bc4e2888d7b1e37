using System.Text;
using Dossier.Core;

namespace Dossier.Ingest.Tests;

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossier-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string Bytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Read
{
    public static async Task<List<IngestItem>> AllAsync(IngestOptions options, params string[] inputs)
    {
        var items = new List<IngestItem>();
        await foreach (var item in new ArticleReader(options).ReadAsync(inputs))
        {
            items.Add(item);
        }

        return items;
    }

    public static Task<List<IngestItem>> AllAsync(params string[] inputs) => AllAsync(new IngestOptions(), inputs);

    public static async Task<Document> OneAsync(params string[] inputs)
    {
        var item = Assert.Single(await AllAsync(inputs));
        return Assert.IsType<IngestedDocument>(item, exactMatch: false).Document;
    }

    public static async Task<InputFailure> FailureAsync(params string[] inputs)
    {
        var item = Assert.Single(await AllAsync(inputs));
        return Assert.IsType<IngestFailure>(item).Failure;
    }

    public static List<string> BlockTexts(Document document) =>
        document.Get(Layers.Blocks).Select(b => document.Text[b.Start..b.End]).ToList();

    /// <summary>Span invariants every reader must keep: blocks inside the text, sorted, non-overlapping, trimmed, non-empty.</summary>
    public static void AssertBlocksWellFormed(Document document)
    {
        var previousEnd = 0;
        foreach (var block in document.Get(Layers.Blocks))
        {
            Assert.InRange(block.Start, previousEnd, document.Text.Length);
            Assert.True(block.End > block.Start, "empty block");
            Assert.False(char.IsWhiteSpace(document.Text[block.Start]), "block starts with whitespace");
            Assert.False(char.IsWhiteSpace(document.Text[block.End - 1]), "block ends with whitespace");
            previousEnd = block.End;
        }
    }
}
