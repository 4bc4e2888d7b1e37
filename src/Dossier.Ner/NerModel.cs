using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Dossier.Ner;

/// <summary>
/// A trained named-entity tagger (averaged perceptron, two stages, Viterbi over IOB2). Immutable and thread-safe:
/// one instance serves any number of threads. Load it once with <see cref="Load(string)"/> or use
/// <see cref="Default"/>.
/// </summary>
public sealed partial class NerModel
{
    /// <summary>The model file format version this build reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Environment variable that overrides where <see cref="Default"/> looks for the model file.</summary>
    public const string ModelPathVariable = "DOSSIER_NER_MODEL";

    private const uint Magic = 0x52454E44; // "DNER" little-endian

    private static readonly Lazy<NerModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly LongIntMap _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions1;
    private readonly float[]? _transitions2;
    private readonly int _stride;

    internal NerModel(
        Gazetteer gazetteer,
        WordStats stats,
        LongIntMap rows,
        float[] weights,
        float[] transitions1,
        float[]? transitions2,
        string description)
    {
        Gazetteer = gazetteer;
        Stats = stats;
        _rows = rows;

        // Weights are stored as half-precision floats; round now so a saved and reloaded model tags identically.
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(Half)weights[i];
        }

        _weights = weights;
        _transitions1 = transitions1;
        _transitions2 = transitions2;
        _stride = transitions2 is null ? NerLabels.Count : 2 * NerLabels.Count;
        Description = description;
        Extractor = new FeatureExtractor(stats.Levels);
    }

    /// <summary>
    /// The shipped model, loaded on first use from <c>models/ner.bin</c>: the path in the
    /// <c>DOSSIER_NER_MODEL</c> environment variable, else next to the executing assembly, else the first
    /// <c>models/ner.bin</c> found walking up from <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No model file was found.</exception>
    public static NerModel Default => LazyDefault.Value;

    /// <summary>How the model was trained (data, features, epochs, dev scores).</summary>
    public string Description { get; }

    /// <summary>True when the model has the second, document-aware stage.</summary>
    public bool IsTwoStage => _transitions2 is not null;

    /// <summary>Number of weighted features.</summary>
    public int FeatureCount => _rows.Count;

    internal Gazetteer Gazetteer { get; }

    internal WordStats Stats { get; }

    internal FeatureExtractor Extractor { get; }

    /// <summary>Finds the default model file (see <see cref="Default"/>); null when there is none.</summary>
    public static string? FindDefaultPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ModelPathVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var assemblyDir = Path.GetDirectoryName(typeof(NerModel).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDir))
        {
            var next = Path.Combine(assemblyDir, "models", "ner.bin");
            if (File.Exists(next))
            {
                return next;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "ner.bin");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a Dossier NER model or has another format version.</exception>
    public static NerModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream);
    }

    /// <summary>Reads a model from a stream.</summary>
    /// <exception cref="InvalidDataException">The data is not a Dossier NER model or has another format version.</exception>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] data;
        if (stream is MemoryStream memory && memory.Position == 0)
        {
            data = memory.ToArray();
        }
        else
        {
            using var copy = new MemoryStream(stream.CanSeek ? (int)Math.Max(0, stream.Length - stream.Position) : 1 << 20);
            stream.CopyTo(copy);
            data = copy.ToArray();
        }

        var reader = new SpanReader(data);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not a Dossier NER model file (bad magic number).");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException(
                    $"NER model format version {version} is not supported by this build (it reads version {FormatVersion}); retrain the model with `dossier train ner`.");
            }

            var description = reader.ReadString();
            var stages = reader.ReadInt32();
            if (stages is < 1 or > 2)
            {
                throw new InvalidDataException($"Corrupt NER model: {stages} stages.");
            }

            var t1 = ReadFloats(reader, Viterbi.TransitionSize);
            var t2 = stages == 2 ? ReadFloats(reader, Viterbi.TransitionSize) : null;
            var gazetteer = Gazetteer.Read(reader);
            var stats = WordStats.Read(reader);
            var stride = stages * NerLabels.Count;
            var count = reader.ReadInt32();
            var rows = new LongIntMap(count);
            var weights = new float[count * stride];
            for (var r = 0; r < count; r++)
            {
                rows.Set(reader.ReadUInt64(), r);
                var mask = reader.ReadUInt32();
                for (var j = 0; j < stride; j++)
                {
                    if ((mask & (1u << j)) != 0)
                    {
                        weights[(r * stride) + j] = (float)reader.ReadHalf();
                    }
                }
            }

            return new NerModel(gazetteer, stats, rows, weights, t1, t2, description);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("Truncated NER model file.", ex);
        }
    }

    /// <summary>Writes the model to a file (format <see cref="FormatVersion"/>).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Save(stream);
    }

    /// <summary>Writes the model to a stream (format <see cref="FormatVersion"/>).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(IsTwoStage ? 2 : 1);
        WriteFloats(writer, _transitions1);
        if (_transitions2 is not null)
        {
            WriteFloats(writer, _transitions2);
        }

        Gazetteer.Write(writer);
        Stats.Write(writer);
        writer.Write(_rows.Count);
        foreach (var (key, row) in _rows.Entries().OrderBy(e => e.Value))
        {
            writer.Write(key);
            uint mask = 0;
            for (var j = 0; j < _stride; j++)
            {
                if (_weights[(row * _stride) + j] != 0)
                {
                    mask |= 1u << j;
                }
            }

            writer.Write(mask);
            for (var j = 0; j < _stride; j++)
            {
                if ((mask & (1u << j)) != 0)
                {
                    writer.Write((Half)_weights[(row * _stride) + j]);
                }
            }
        }
    }

    /// <summary>
    /// A copy without the features whose weights all have a magnitude below <paramref name="threshold"/>: a smaller
    /// file and table, at some cost in accuracy (measure it on the dev set).
    /// </summary>
    public NerModel Prune(double threshold)
    {
        var rows = new LongIntMap(_rows.Count);
        var weights = new List<float>();
        var kept = 0;
        foreach (var (key, row) in _rows.Entries().OrderBy(e => e.Value))
        {
            var w = _weights.AsSpan(row * _stride, _stride);
            var max = 0f;
            foreach (var v in w)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            if (max < threshold)
            {
                continue;
            }

            rows.Set(key, kept++);
            weights.AddRange(w);
        }

        return new NerModel(Gazetteer, Stats, rows, [.. weights], _transitions1, _transitions2, Description);
    }

    /// <summary>Tags one sentence, treated as a document of its own. Returns one IOB2 label per token.</summary>
    public NerLabel[] TagSentence(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new NerLabel[tokens.Count];
        TagSentence(tokens, result);
        return result;
    }

    /// <summary>
    /// Tags one pre-tokenised sentence into <paramref name="labels"/> (at least as long as the sentence). Allocates
    /// nothing once the calling thread's buffers have grown: the benchmark-friendly entry point.
    /// </summary>
    public void TagSentence(IReadOnlyList<string> tokens, Span<NerLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (labels.Length < tokens.Count)
        {
            throw new ArgumentException("The label buffer is shorter than the sentence.", nameof(labels));
        }

        var ws = t_workspace ??= new Workspace();
        ws.Reset(this);
        ws.AddSentence(new StringTokens(tokens), this);
        Run(ws);
        ws.Labels[0].AsSpan(0, tokens.Count).CopyTo(labels);
    }

    /// <summary>
    /// Tags a document given as pre-tokenised sentences. The second stage looks at how the same words were tagged
    /// elsewhere in the document, so tag whole documents together.
    /// </summary>
    public NerLabel[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ws = t_workspace ??= new Workspace();
        ws.Reset(this);
        foreach (var sentence in sentences)
        {
            ws.AddSentence(new StringTokens(sentence), this);
        }

        Run(ws);
        var result = new NerLabel[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = ws.Labels[s].AsSpan(0, sentences[s].Count).ToArray();
        }

        return result;
    }

    /// <summary>Tags the sentences of a raw-text document whose tokens are spans of <paramref name="text"/>.</summary>
    internal NerLabel[][] TagSpans(string text, IReadOnlyList<ReadOnlyMemory<Dossier.Core.Token>> sentences)
    {
        var sources = new SpanTokens[sentences.Count];
        for (var s = 0; s < sources.Length; s++)
        {
            sources[s] = new SpanTokens(text, sentences[s]);
        }

        var result = new NerLabel[sentences.Count][];
        Tag<SpanTokens>(sources, (s, labels) => result[s] = labels.ToArray());
        return result;
    }

    /// <summary>
    /// Tags a document given as token sources; <paramref name="sink"/> receives each sentence's labels (the span is
    /// only valid during the call).
    /// </summary>
    internal void Tag<T>(ReadOnlySpan<T> sentences, SentenceSink sink)
        where T : ITokenSource
    {
        var ws = t_workspace ??= new Workspace();
        ws.Reset(this);
        foreach (var sentence in sentences)
        {
            ws.AddSentence(sentence, this);
        }

        Run(ws);
        for (var s = 0; s < sentences.Length; s++)
        {
            sink(s, ws.Labels[s].AsSpan(0, ws.Lengths[s]));
        }
    }

    /// <summary>Receives the labels of one sentence.</summary>
    internal delegate void SentenceSink(int sentence, ReadOnlySpan<NerLabel> labels);

    private static NerModel LoadDefault()
    {
        var path = FindDefaultPath()
            ?? throw new FileNotFoundException(
                $"No NER model found: looked for models/ner.bin next to {AppContext.BaseDirectory} and in its parent folders (set {ModelPathVariable} to a model file).");
        return Load(path);
    }

    private static float[] ReadFloats(SpanReader reader, int count)
    {
        var n = reader.ReadInt32();
        if (n != count)
        {
            throw new InvalidDataException("Corrupt NER model: unexpected transition matrix size.");
        }

        var values = new float[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    /// <summary>Runs both stages over the sentences in the workspace.</summary>
    private void Run(Workspace ws)
    {
        const int L = NerLabels.Count;
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeatures];
        var twoStage = _transitions2 is not null;
        var total = ws.TotalTokens;
        ws.EnsureDocument(total);
        var offset = 0;
        for (var s = 0; s < ws.Count; s++)
        {
            var atoms = ws.Atoms[s].AsSpan(0, ws.Lengths[s]);
            var n = atoms.Length;
            var sentenceCase = AtomBuilder.CaseOf(atoms);
            var e1 = ws.Emission1.AsSpan(0, n * L);
            var e2 = ws.Emission2.AsSpan(offset * L, n * L);
            e1.Clear();
            e2.Clear();
            for (var i = 0; i < n; i++)
            {
                // Token-only features: summed once per word form and lexicon mark, then cached.
                ref readonly var w = ref atoms[i];
                var tag = FeatureHash.Mix(w.Word, w.Gazetteer) | 1;
                var slot = (int)(tag >> 40) & (Workspace.CacheSize - 1);
                var cached = ws.CacheWeights.AsSpan(slot * 2 * L, 2 * L);
                if (ws.CacheKeys[slot] != tag)
                {
                    cached.Clear();
                    var tokenCount = Extractor.TokenOnly(in w, keys);
                    Accumulate(keys[..tokenCount], 0, twoStage, cached[..L], cached[L..]);
                    ws.CacheKeys[slot] = tag;
                }

                cached[..L].CopyTo(e1.Slice(i * L, L));
                cached[L..].CopyTo(e2.Slice(i * L, L));
                var count = Extractor.Context(atoms, i, sentenceCase, keys, 0);
                Accumulate(keys[..count], 0, twoStage, e1.Slice(i * L, L), e2.Slice(i * L, L));
            }

            Viterbi.Decode(e1, n, _transitions1, ws.Labels[s], ws.Scores, ws.Back);
            offset += n;
        }

        if (!twoStage)
        {
            return;
        }

        ws.Context.Compute(ws.Atoms, ws.Labels, ws.Lengths, ws.DocInfo);
        offset = 0;
        for (var s = 0; s < ws.Count; s++)
        {
            var atoms = ws.Atoms[s].AsSpan(0, ws.Lengths[s]);
            var n = atoms.Length;
            var y1 = ws.Labels[s].AsSpan(0, n);
            var e2 = ws.Emission2.AsSpan(offset * L, n * L);
            for (var i = 0; i < n; i++)
            {
                var count = FeatureExtractor.Second(atoms, i, y1, ws.DocInfo[s][i], ws.Context.Occurrences, keys, 0);
                Accumulate(keys[..count], L, false, e2.Slice(i * L, L), default);
            }

            Viterbi.Decode(e2, n, _transitions2!, ws.Labels[s], ws.Scores, ws.Back);
            offset += n;
        }
    }

    /// <summary>
    /// Adds the weights of the features found in the table to one token's scores: the nine weights at
    /// <paramref name="offset"/> into <paramref name="first"/> and, when <paramref name="both"/>, the next nine
    /// into <paramref name="second"/>. Eight labels go through one 256-bit vector, the ninth on its own.
    /// </summary>
    private void Accumulate(ReadOnlySpan<ulong> keys, int offset, bool both, Span<float> first, Span<float> second)
    {
        const int L = NerLabels.Count;
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        var acc1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(first));
        var last1 = first[L - 1];
        var acc2 = Vector256<float>.Zero;
        var last2 = 0f;
        if (both)
        {
            acc2 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(second));
            last2 = second[L - 1];
        }

        foreach (var key in keys)
        {
            if (!_rows.TryGetValue(key, out var row))
            {
                continue;
            }

            var at = (nuint)((row * _stride) + offset);
            acc1 += Vector256.LoadUnsafe(ref w0, at);
            last1 += Unsafe.Add(ref w0, at + L - 1);
            if (both)
            {
                acc2 += Vector256.LoadUnsafe(ref w0, at + L);
                last2 += Unsafe.Add(ref w0, at + L + L - 1);
            }
        }

        acc1.StoreUnsafe(ref MemoryMarshal.GetReference(first));
        first[L - 1] = last1;
        if (both)
        {
            acc2.StoreUnsafe(ref MemoryMarshal.GetReference(second));
            second[L - 1] = last2;
        }
    }

    /// <summary>Per-thread buffers, reused between calls.</summary>
    private sealed class Workspace
    {
        public const int CacheSize = 4096;

        private ulong[] _lower = new ulong[256];
        private uint[] _gaz = new uint[256];

        public List<TokenAtoms[]> Atoms { get; } = [];

        public List<NerLabel[]> Labels { get; } = [];

        public List<int> Lengths { get; } = [];

        public TokenDocInfo[][] DocInfo { get; private set; } = [];

        public DocumentContext Context { get; } = new();

        public int Count { get; private set; }

        public int TotalTokens { get; private set; }

        public float[] Emission1 { get; private set; } = new float[256 * NerLabels.Count];

        public float[] Emission2 { get; private set; } = new float[256 * NerLabels.Count];

        public float[] Scores { get; private set; } = new float[256 * NerLabels.Count];

        public byte[] Back { get; private set; } = new byte[256 * NerLabels.Count];

        /// <summary>Tags of the cached token-only score sums (0: empty).</summary>
        public ulong[] CacheKeys { get; } = new ulong[CacheSize];

        /// <summary>Cached score sums, 18 floats per slot (both stages).</summary>
        public float[] CacheWeights { get; } = new float[CacheSize * 2 * NerLabels.Count];

        /// <summary>The model the cache belongs to.</summary>
        public NerModel? CacheOwner { get; set; }

        public void Reset(NerModel model)
        {
            if (!ReferenceEquals(CacheOwner, model))
            {
                Array.Clear(CacheKeys);
                CacheOwner = model;
            }

            Count = 0;
            TotalTokens = 0;
            Lengths.Clear();
        }

        public void AddSentence<T>(T tokens, NerModel model)
            where T : ITokenSource
        {
            var n = tokens.Count;
            if (Atoms.Count <= Count)
            {
                Atoms.Add(new TokenAtoms[Math.Max(16, n)]);
                Labels.Add(new NerLabel[Math.Max(16, n)]);
            }

            if (Atoms[Count].Length < n)
            {
                Atoms[Count] = new TokenAtoms[n];
                Labels[Count] = new NerLabel[n];
            }

            if (_lower.Length < n)
            {
                _lower = new ulong[n];
                _gaz = new uint[n];
            }

            AtomBuilder.Compute(tokens, Atoms[Count], model.Gazetteer, model.Stats, _lower, _gaz);
            Lengths.Add(n);
            Count++;
            TotalTokens += n;
            var perSentence = n * NerLabels.Count;
            if (Emission1.Length < perSentence)
            {
                Emission1 = new float[perSentence];
                Scores = new float[perSentence];
                Back = new byte[perSentence];
            }
        }

        public void EnsureDocument(int total)
        {
            if (Emission2.Length < total * NerLabels.Count)
            {
                Emission2 = new float[total * NerLabels.Count];
            }

            if (DocInfo.Length < Count)
            {
                var grown = new TokenDocInfo[Math.Max(Count, DocInfo.Length * 2)][];
                Array.Copy(DocInfo, grown, DocInfo.Length);
                DocInfo = grown;
            }

            for (var s = 0; s < Count; s++)
            {
                if (DocInfo[s] is null || DocInfo[s].Length < Lengths[s])
                {
                    DocInfo[s] = new TokenDocInfo[Math.Max(16, Lengths[s])];
                }
            }
        }
    }
}
