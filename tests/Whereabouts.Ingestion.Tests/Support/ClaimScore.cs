namespace Whereabouts.Ingestion.Tests.Support;

/// <summary>Precision and recall of extracted claims against expected ones, matched as multisets of strings.</summary>
internal sealed class ClaimScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(IEnumerable<string> expected, IEnumerable<string> found)
    {
        var left = expected.ToList();
        foreach (var claim in found)
        {
            if (left.Remove(claim))
            {
                TruePositives++;
            }
            else
            {
                FalsePositives++;
            }
        }

        FalseNegatives += left.Count;
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"precision {Precision:F3}, recall {Recall:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
