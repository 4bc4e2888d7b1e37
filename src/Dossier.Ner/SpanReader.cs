using System.Buffers.Binary;
using System.Text;

namespace Dossier.Ner;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian primitives, 7-bit-length-prefixed UTF-8 strings) from
/// a byte array in memory: loading a model is one file read and a tight parse.
/// </summary>
internal sealed class SpanReader(byte[] data)
{
    private int _position;

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public Half ReadHalf() => BinaryPrimitives.ReadHalfLittleEndian(Take(2));

    public string ReadString()
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw new InvalidDataException("Corrupt model file: bad string length.");
            }

            var b = Take(1)[0];
            length |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(Take(length));
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position > data.Length - count)
        {
            throw new EndOfStreamException();
        }

        var span = data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
