using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace ClaimCheck.Language;

/// <summary>How <see cref="AveragedPerceptron.Save"/> stores weights.</summary>
public enum WeightPrecision : byte
{
    Single = 0,
    Half = 1,
}

/// <summary>
/// A multiclass averaged perceptron (Collins 2002; Honnibal's "A good part-of-speech tagger in about 200 lines
/// of Python") over sparse binary features named by 64-bit ids (<see cref="FeatureHash"/>). Labels are
/// 0..classes-1; the caller extracts features and decides the training order (shuffle with
/// <see cref="DeterministicShuffle"/> for reproducible runs). Call <see cref="Update"/> once per training
/// instance, right or wrong, so the average weighs every instance; then <see cref="Average"/>, optionally
/// <see cref="Prune"/>, and <see cref="Save"/>. Scoring is thread-safe once training has stopped.
/// </summary>
public sealed class AveragedPerceptron
{
    private static ReadOnlySpan<byte> Magic => "CCAP"u8;
    private const byte FormatVersion = 1;

    private Dictionary<ulong, int> _rows = new();
    private float[] _weights;
    private double[]? _totals;
    private int[]? _stamps;
    private int _instances;
    private FrozenWeights? _frozen;

    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, ushort.MaxValue);
        Classes = classes;
        _weights = new float[classes * 64];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    public int Classes { get; }

    /// <summary>Features that carry at least one weight.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>True once <see cref="Average"/> has run or the model was loaded: training has stopped.</summary>
    public bool IsAveraged => _totals is null;

    /// <summary>Training instances seen by <see cref="Update"/>.</summary>
    public int Instances => _instances;

    /// <summary>Adds the weights of <paramref name="features"/> per class into <paramref name="scores"/> (cleared first).</summary>
    public void Scores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Classes);
        if (_frozen is not null)
        {
            _frozen.Scores(features, scores[..Classes]);
            return;
        }
        scores = scores[..Classes];
        scores.Clear();
        var weights = _weights.AsSpan();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
                continue;
            var w = weights.Slice(row * Classes, Classes);
            for (var c = 0; c < scores.Length; c++)
                scores[c] += w[c];
        }
    }

    /// <summary>The best-scoring class (the lowest index among ties).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = Classes <= 512 ? stackalloc float[Classes] : new float[Classes];
        Scores(features, scores);
        return ArgMax(scores);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best])
                best = c;
        return best;
    }

    /// <summary>Counts one training instance and, when <paramref name="guess"/> is wrong, moves every feature's
    /// weight one step towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (_totals is null || _stamps is null)
            throw new InvalidOperationException("The model is averaged or loaded; it can no longer be trained.");
        ArgumentOutOfRangeException.ThrowIfNegative(truth);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(truth, Classes);
        ArgumentOutOfRangeException.ThrowIfNegative(guess);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(guess, Classes);
        _instances++;
        if (truth == guess)
            return;
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            Step(row * Classes + truth, 1f);
            Step(row * Classes + guess, -1f);
        }
    }

    private void Step(int at, float delta)
    {
        _totals![at] += (double)(_instances - _stamps![at]) * _weights[at];
        _stamps[at] = _instances;
        _weights[at] += delta;
    }

    private int RowOf(ulong feature)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, feature, out var exists);
        if (exists)
            return row;
        row = _rows.Count - 1;
        var needed = (row + 1) * Classes;
        if (needed > _weights.Length)
        {
            var size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>Replaces every weight by its average over all instances seen and stops training.</summary>
    public void Average()
    {
        if (_totals is null || _stamps is null)
            return;
        var used = _rows.Count * Classes;
        for (var at = 0; at < used; at++)
        {
            var total = _totals[at] + (double)(_instances - _stamps[at]) * _weights[at];
            _weights[at] = _instances == 0 ? 0f : (float)(total / _instances);
        }
        _totals = null;
        _stamps = null;
        Array.Resize(ref _weights, used);
        _frozen = new FrozenWeights(_rows, _weights, Classes);
    }

    /// <summary>Zeroes averaged weights smaller than <paramref name="minAbsWeight"/> in magnitude and drops the
    /// features left with none; returns how many features were dropped.</summary>
    public int Prune(float minAbsWeight)
    {
        if (!IsAveraged)
            throw new InvalidOperationException("Average the model before pruning it.");
        var kept = new Dictionary<ulong, int>(_rows.Count);
        var weights = new List<float>(_weights.Length);
        foreach (var (feature, row) in _rows.OrderBy(pair => pair.Value))
        {
            var w = _weights.AsSpan(row * Classes, Classes);
            var any = false;
            foreach (ref var x in w)
            {
                if (MathF.Abs(x) < minAbsWeight)
                    x = 0f;
                any |= x != 0f;
            }
            if (!any)
                continue;
            kept[feature] = kept.Count;
            foreach (var x in w)
                weights.Add(x);
        }
        var dropped = _rows.Count - kept.Count;
        _rows = kept;
        _weights = [.. weights];
        _frozen = new FrozenWeights(_rows, _weights, Classes);
        return dropped;
    }

    /// <summary>Writes the model: header "CCAP", format version, classes, then per feature (sorted by id) its
    /// non-zero weights as (class, weight) pairs. Only averaged or loaded models are saved.</summary>
    public void Save(Stream stream, WeightPrecision precision = WeightPrecision.Half)
    {
        if (!IsAveraged)
            throw new InvalidOperationException("Average the model before saving it.");
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write((byte)precision);
        writer.Write(Classes);
        writer.Write(_rows.Count);
        var wide = Classes > byte.MaxValue;
        foreach (var (feature, row) in _rows.OrderBy(pair => pair.Key))
        {
            var w = _weights.AsSpan(row * Classes, Classes);
            var nonZero = 0;
            foreach (var x in w)
                if (x != 0f)
                    nonZero++;
            writer.Write(feature);
            WriteSmall(writer, nonZero, wide);
            for (var c = 0; c < w.Length; c++)
            {
                if (w[c] == 0f)
                    continue;
                WriteSmall(writer, c, wide);
                if (precision == WeightPrecision.Half)
                    writer.Write((Half)w[c]);
                else
                    writer.Write(w[c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; it scores but cannot be trained further.</summary>
    public static AveragedPerceptron Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Span<byte> magic = stackalloc byte[4];
        reader.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
            throw new InvalidDataException("Not an averaged perceptron model (bad header).");
        var version = reader.ReadByte();
        if (version != FormatVersion)
            throw new InvalidDataException($"Averaged perceptron format {version} is not supported (expected {FormatVersion}).");
        var precision = (WeightPrecision)reader.ReadByte();
        if (precision is not (WeightPrecision.Half or WeightPrecision.Single))
            throw new InvalidDataException($"Unknown weight precision {(byte)precision}.");
        var classes = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (classes is < 1 or > ushort.MaxValue || rows < 0)
            throw new InvalidDataException("Corrupt averaged perceptron header.");
        var model = new AveragedPerceptron(classes) { _totals = null, _stamps = null };
        model._rows = new Dictionary<ulong, int>(rows);
        model._weights = new float[checked(rows * classes)];
        var wide = classes > byte.MaxValue;
        for (var row = 0; row < rows; row++)
        {
            var feature = reader.ReadUInt64();
            if (!model._rows.TryAdd(feature, row))
                throw new InvalidDataException($"Feature {feature:x16} appears twice.");
            var nonZero = ReadSmall(reader, wide);
            for (var k = 0; k < nonZero; k++)
            {
                var c = ReadSmall(reader, wide);
                if (c >= classes)
                    throw new InvalidDataException($"Class {c} out of range.");
                model._weights[row * classes + c] = precision == WeightPrecision.Half ? (float)reader.ReadHalf() : reader.ReadSingle();
            }
        }
        model._frozen = new FrozenWeights(model._rows, model._weights, classes);
        return model;
    }

    private static void WriteSmall(BinaryWriter writer, int value, bool wide)
    {
        if (wide)
            writer.Write((ushort)value);
        else
            writer.Write((byte)value);
    }

    private static int ReadSmall(BinaryReader reader, bool wide) => wide ? reader.ReadUInt16() : reader.ReadByte();

    /// <summary>
    /// The weights of a model that no longer trains, laid out for scoring: an open-addressing table from feature
    /// id to row (linear probing, power-of-two size, at most half full) and rows padded to whole SIMD vectors, so a
    /// feature costs one probe and a few vector additions.
    /// </summary>
    private sealed class FrozenWeights
    {
        private readonly ulong[] _keys;
        private readonly int[] _rowOf;
        private readonly float[] _rows;
        private readonly int _stride;
        private readonly int _mask;
        private readonly int _zeroRow = -1;

        public FrozenWeights(Dictionary<ulong, int> rows, float[] weights, int classes)
        {
            _stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
            _keys = new ulong[size];
            _rowOf = new int[size];
            _mask = size - 1;
            _rows = new float[Math.Max(1, rows.Count) * _stride];
            foreach (var (feature, row) in rows)
            {
                weights.AsSpan(row * classes, classes).CopyTo(_rows.AsSpan(row * _stride, classes));
                if (feature == 0)
                {
                    _zeroRow = row;
                    continue;
                }
                var slot = Slot(feature);
                while (_keys[slot] != 0)
                    slot = (slot + 1) & _mask;
                _keys[slot] = feature;
                _rowOf[slot] = row;
            }
        }

        private int Slot(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

        private int Find(ulong feature)
        {
            if (feature == 0)
                return _zeroRow;
            var slot = Slot(feature);
            while (true)
            {
                var key = _keys[slot];
                if (key == feature)
                    return _rowOf[slot];
                if (key == 0)
                    return -1;
                slot = (slot + 1) & _mask;
            }
        }

        public void Scores(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            Span<float> sum = _stride <= 1024 ? stackalloc float[_stride] : new float[_stride];
            sum.Clear();
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(sum);
            foreach (var feature in features)
            {
                var row = Find(feature);
                if (row < 0)
                    continue;
                var weights = MemoryMarshal.Cast<float, Vector<float>>(_rows.AsSpan(row * _stride, _stride));
                for (var v = 0; v < vectors.Length; v++)
                    vectors[v] += weights[v];
            }
            sum[..scores.Length].CopyTo(scores);
        }
    }
}
