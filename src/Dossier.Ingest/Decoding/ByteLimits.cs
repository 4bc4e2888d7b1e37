using System.Globalization;
using System.IO.Compression;

namespace Dossier.Ingest.Decoding;

/// <summary>Size checks and gzip decompression with the same cap.</summary>
internal static class ByteLimits
{
    public static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MiB");

    public static string TooLarge(long limit, long actual) =>
        $"larger than the {Describe(limit)} limit ({string.Create(CultureInfo.InvariantCulture, $"{actual / (1024.0 * 1024.0):0.0}")} MiB)";

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>Decompresses, stopping as soon as the output passes <paramref name="limit"/> (a small file can hold a huge payload).</summary>
    public static byte[] Gunzip(byte[] compressed, long limit)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > limit)
                {
                    throw new InputRejectedException($"decompressed content is larger than the {Describe(limit)} limit");
                }

                output.Write(buffer, 0, read);
            }

            // A gzip stream with nothing in it still has a 20-byte frame; less is a cut-off file.
            return output.Length == 0 && compressed.Length < 20 ? throw new InputRejectedException("corrupt gzip data") : output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new InputRejectedException("corrupt gzip data");
        }
    }
}
