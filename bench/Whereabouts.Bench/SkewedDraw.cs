namespace Whereabouts.Bench;

/// <summary>
/// Draws an index from 0 to count − 1 where the k-th has weight 1 / (k + offset): a few common
/// names and a long tail of rare ones, as real lists have (the commonest family name about one
/// record in a hundred, as Grigoryan or Mammadov are, with an offset near 20).
/// </summary>
internal sealed class SkewedDraw
{
    private readonly double[] _cumulative;

    public SkewedDraw(int count, int offset)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += 1.0 / (k + offset);
            _cumulative[k] = sum;
        }

        for (var k = 0; k < count; k++)
        {
            _cumulative[k] /= sum;
        }
    }

    /// <summary>The next index, drawn from <paramref name="random"/>.</summary>
    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(_cumulative.Length - 1, index < 0 ? ~index : index);
    }
}
