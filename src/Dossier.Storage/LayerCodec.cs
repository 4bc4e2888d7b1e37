using System.Collections.Immutable;
using System.Text;
using Dossier.Core;

namespace Dossier.Storage;

/// <summary>
/// Compact binary encoding of a document's annotations and source map, one blob per annotation key.
/// </summary>
/// <remarks>
/// <para>
/// Every blob starts with one byte: the format version of that key's encoding (1 for all keys today).
/// Integers are unsigned LEB128 varints (7 bits a byte); values that may be negative are zigzag-encoded
/// first. Strings are a varint count of UTF-8 bytes followed by the bytes. Enums are their integer value.
/// </para>
/// <para>
/// A span layer is: varint count, then per span zigzag(Start - previous Start), zigzag(End - Start) and the
/// span type's own fields. Layers are sorted by Start, so the deltas are small and mostly one byte.
/// Own fields: Token, Block, ExcludedRegion, EntityMention: kind/reason/type. Timex: type, value.
/// Quote: a flags byte (1 direct, 2 speaker, 4 cue, 8 speaker name), then for speaker and cue when present
/// zigzag(span.Start - quote Start), zigzag(span.End - span.Start), then the speaker name when present.
/// The creation time ("dct") is: zigzag(day number), origin, derivation.
/// A source map is: varint run count, then per run zigzag(TextStart - previous run end),
/// zigzag(SourceStart - previous SourceStart), Length.
/// </para>
/// <para>
/// Adding a layer means adding a key here; changing an encoding means bumping that key's version and
/// keeping the old decoder. Stored keys this program does not know are skipped when reading (so older
/// programs can read databases that gained layers); a known key with a newer version is an error.
/// Keys that are not in <see cref="Layers"/> are not stored.
/// </para>
/// </remarks>
internal static class LayerCodec
{
    /// <summary>The version byte written for every key today.</summary>
    public const byte CurrentVersion = 1;

    private const byte QuoteDirect = 1, QuoteSpeaker = 2, QuoteCue = 4, QuoteSpeakerName = 8;

    /// <summary>The annotation keys this codec can store, by name.</summary>
    public static readonly ImmutableArray<AnnotationKey> KnownKeys =
    [
        Layers.Blocks, Layers.Excluded, Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.Timexes,
        Layers.Quotes, Layers.CreationTime,
    ];

    /// <summary>Encodes every annotation of <paramref name="document"/> that this codec knows.</summary>
    public static List<(string Name, byte[] Data)> EncodeAll(Document document)
    {
        var result = new List<(string, byte[])>();
        foreach (var key in KnownKeys)
        {
            if (document.Has(key))
            {
                result.Add((key.Name, Encode(document, key)));
            }
        }

        return result;
    }

    /// <summary>Sets the annotation named <paramref name="name"/> on <paramref name="document"/>; unknown names are ignored.</summary>
    public static void Apply(Document document, string name, byte[] data)
    {
        var reader = new Reader(data, name);
        var version = reader.Byte();
        if (!KnownKeys.Any(k => k.Name == name))
        {
            return;
        }

        if (version != CurrentVersion)
        {
            throw new FormatException($"layer '{name}' has format version {version}, newer than this program supports ({CurrentVersion})");
        }

        switch (name)
        {
            case "blocks":
                document.Set(Layers.Blocks, ReadSpans(reader, (Reader r, int s, int e) => new Block(s, e, (BlockKind)r.Int())));
                break;
            case "excluded":
                document.Set(Layers.Excluded, ReadSpans(reader, (Reader r, int s, int e) => new ExcludedRegion(s, e, (ExclusionReason)r.Int())));
                break;
            case "tokens":
                document.Set(Layers.Tokens, ReadSpans(reader, (Reader r, int s, int e) => new Token(s, e, (TokenKind)r.Int())));
                break;
            case "sentences":
                document.Set(Layers.Sentences, ReadSpans(reader, (Reader _, int s, int e) => new Sentence(s, e)));
                break;
            case "entities":
                document.Set(Layers.Entities, ReadSpans(reader, (Reader r, int s, int e) => new EntityMention(s, e, (EntityType)r.Int())));
                break;
            case "timexes":
                document.Set(Layers.Timexes, ReadSpans(reader, (Reader r, int s, int e) => new Timex(s, e, (TimexType)r.Int(), r.String())));
                break;
            case "quotes":
                document.Set(Layers.Quotes, ReadSpans(reader, ReadQuote));
                break;
            case "dct":
                var day = DateOnly.FromDayNumber(reader.ZigZag());
                var origin = (DateOrigin)reader.Int();
                document.Set(Layers.CreationTime, new DocumentDate(day, origin, reader.String()));
                break;
        }

        reader.End();
    }

    /// <summary>Decodes the sentences layer alone (for building the search index), or empty when absent.</summary>
    public static ImmutableArray<Sentence> DecodeSentences(byte[] data)
    {
        var reader = new Reader(data, "sentences");
        var version = reader.Byte();
        if (version != CurrentVersion)
        {
            throw new FormatException($"layer 'sentences' has format version {version}, newer than this program supports ({CurrentVersion})");
        }

        return ReadSpans(reader, (Reader _, int s, int e) => new Sentence(s, e));
    }

    /// <summary>Encodes a source map run by run, delta-coded.</summary>
    public static byte[] EncodeSourceMap(SourceOffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var runs = map.Runs.ToList();
        var writer = new Writer();
        writer.Byte(CurrentVersion);
        writer.Int(runs.Count);
        int previousEnd = 0, previousSource = 0;
        foreach (var (textStart, sourceStart, length) in runs)
        {
            writer.ZigZag(textStart - previousEnd);
            writer.ZigZag(sourceStart - previousSource);
            writer.Int(length);
            previousEnd = textStart + length;
            previousSource = sourceStart;
        }

        return writer.ToArray();
    }

    /// <summary>Decodes a source map written by <see cref="EncodeSourceMap"/>.</summary>
    public static SourceOffsetMap DecodeSourceMap(byte[] data)
    {
        var reader = new Reader(data, "source map");
        var version = reader.Byte();
        if (version != CurrentVersion)
        {
            throw new FormatException($"source map has format version {version}, newer than this program supports ({CurrentVersion})");
        }

        var count = reader.Count();
        var runs = new (int, int, int)[count];
        int previousEnd = 0, previousSource = 0;
        for (var i = 0; i < count; i++)
        {
            var textStart = previousEnd + reader.ZigZag();
            var sourceStart = previousSource + reader.ZigZag();
            var length = reader.Int();
            runs[i] = (textStart, sourceStart, length);
            previousEnd = textStart + length;
            previousSource = sourceStart;
        }

        reader.End();
        return new SourceOffsetMap(runs);
    }

    private static byte[] Encode(Document document, AnnotationKey key)
    {
        var writer = new Writer();
        writer.Byte(CurrentVersion);
        switch (key.Name)
        {
            case "blocks":
                WriteSpans(writer, document.Get(Layers.Blocks), (w, b) => w.Int((int)b.Kind));
                break;
            case "excluded":
                WriteSpans(writer, document.Get(Layers.Excluded), (w, x) => w.Int((int)x.Reason));
                break;
            case "tokens":
                WriteSpans(writer, document.Get(Layers.Tokens), (w, t) => w.Int((int)t.Kind));
                break;
            case "sentences":
                WriteSpans(writer, document.Get(Layers.Sentences), static (_, _) => { });
                break;
            case "entities":
                WriteSpans(writer, document.Get(Layers.Entities), (w, e) => w.Int((int)e.Type));
                break;
            case "timexes":
                WriteSpans(writer, document.Get(Layers.Timexes), (w, t) =>
                {
                    w.Int((int)t.Type);
                    w.String(t.Value);
                });
                break;
            case "quotes":
                WriteSpans(writer, document.Get(Layers.Quotes), WriteQuote);
                break;
            case "dct":
                var date = document.Get(Layers.CreationTime)!;
                writer.ZigZag(date.Value.DayNumber);
                writer.Int((int)date.Origin);
                writer.String(date.Derivation);
                break;
            default:
                throw new InvalidOperationException($"No encoding for annotation '{key.Name}'.");
        }

        return writer.ToArray();
    }

    private static void WriteQuote(Writer writer, Quote quote)
    {
        var flags = (byte)((quote.Direct ? QuoteDirect : 0)
            | (quote.Speaker is null ? 0 : QuoteSpeaker)
            | (quote.Cue is null ? 0 : QuoteCue)
            | (quote.SpeakerName is null ? 0 : QuoteSpeakerName));
        writer.Byte(flags);
        foreach (var span in (ReadOnlySpan<TextSpan?>)[quote.Speaker, quote.Cue])
        {
            if (span is TextSpan s)
            {
                writer.ZigZag(s.Start - quote.Start);
                writer.ZigZag(s.End - s.Start);
            }
        }

        if (quote.SpeakerName is not null)
        {
            writer.String(quote.SpeakerName);
        }
    }

    private static Quote ReadQuote(Reader reader, int start, int end)
    {
        var flags = reader.Byte();
        TextSpan? speaker = null, cue = null;
        if ((flags & QuoteSpeaker) != 0)
        {
            var s = start + reader.ZigZag();
            speaker = new TextSpan(s, s + reader.ZigZag());
        }

        if ((flags & QuoteCue) != 0)
        {
            var s = start + reader.ZigZag();
            cue = new TextSpan(s, s + reader.ZigZag());
        }

        var name = (flags & QuoteSpeakerName) != 0 ? reader.String() : null;
        return new Quote(start, end, (flags & QuoteDirect) != 0, speaker, cue, name);
    }

    private static void WriteSpans<T>(Writer writer, ImmutableArray<T> spans, Action<Writer, T> fields) where T : struct, ISpanned
    {
        writer.Int(spans.Length);
        var previous = 0;
        foreach (var span in spans)
        {
            writer.ZigZag(span.Start - previous);
            writer.ZigZag(span.End - span.Start);
            fields(writer, span);
            previous = span.Start;
        }
    }

    private delegate T SpanReader<T>(Reader reader, int start, int end);

    private static ImmutableArray<T> ReadSpans<T>(Reader reader, SpanReader<T> fields) where T : struct, ISpanned
    {
        var count = reader.Count();
        var builder = ImmutableArray.CreateBuilder<T>(count);
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var start = previous + reader.ZigZag();
            var end = start + reader.ZigZag();
            builder.Add(fields(reader, start, end));
            previous = start;
        }

        return builder.MoveToImmutable();
    }

    private sealed class Writer
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(64);

        public void Byte(byte value)
        {
            _buffer.GetSpan(1)[0] = value;
            _buffer.Advance(1);
        }

        public void Int(int value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Expected a non-negative value.");
            }

            Unsigned((uint)value);
        }

        public void ZigZag(int value) => Unsigned((uint)((value << 1) ^ (value >> 31)));

        public void String(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            System.Buffers.BuffersExtensions.Write(_buffer, bytes);
        }

        public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

        private void Unsigned(uint value)
        {
            while (value >= 0x80)
            {
                Byte((byte)(value | 0x80));
                value >>= 7;
            }

            Byte((byte)value);
        }
    }

    private sealed class Reader(byte[] data, string what)
    {
        private readonly byte[] _data = data;
        private readonly string _what = what;
        private int _position;

        public byte Byte() => _position < _data.Length ? _data[_position++] : throw Truncated();

        public int Int()
        {
            var value = Unsigned();
            return value <= int.MaxValue ? (int)value : throw Corrupt();
        }

        /// <summary>A count, checked against the bytes left so that a corrupt blob cannot ask for a huge array.</summary>
        public int Count()
        {
            var value = Int();
            return value <= _data.Length - _position ? value : throw Corrupt();
        }

        public int ZigZag()
        {
            var value = Unsigned();
            return (int)(value >> 1) ^ -(int)(value & 1);
        }

        public string String()
        {
            var length = Count();
            var value = Encoding.UTF8.GetString(_data, _position, length);
            _position += length;
            return value;
        }

        public void End()
        {
            if (_position != _data.Length)
            {
                throw Corrupt();
            }
        }

        private uint Unsigned()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw Corrupt();
        }

        private FormatException Truncated() => new($"{_what}: stored data ends early");

        private FormatException Corrupt() => new($"{_what}: stored data is malformed");
    }
}
