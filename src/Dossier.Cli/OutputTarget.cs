namespace Dossier.Cli;

/// <summary>Standard output or a file given with -o; a file is written to a temporary name and moved into place.</summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temporary)
    {
        Stream = stream;
        _path = path;
        _temporary = temporary;
    }

    public Stream Stream { get; }

    public static OutputTarget Open(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return new OutputTarget(Console.OpenStandardOutput(), null, null);
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        return new OutputTarget(new FileStream(temporary, FileMode.Create, FileAccess.Write), full, temporary);
    }

    /// <summary>Marks the output complete: only then does a file replace the old one.</summary>
    public void Commit() => _committed = true;

    public async ValueTask DisposeAsync()
    {
        await Stream.FlushAsync();
        await Stream.DisposeAsync();
        if (_path is null || _temporary is null)
        {
            return;
        }

        if (_committed)
        {
            File.Move(_temporary, _path, overwrite: true);
        }
        else
        {
            File.Delete(_temporary);
        }
    }
}
