using System.Globalization;

namespace Mutual.Bench.Counting;

/// <summary>One run of <see cref="OneCount"/>, read back from the line it printed.</summary>
internal sealed record CountSample(double Milliseconds, double CpuMilliseconds, long PeakBytes, long AllocatedBytes, string Winners, TimeSpan Wall)
{
    public static CountSample Parse(string line, TimeSpan wall)
    {
        var f = line.Trim().Split(' ', 5);
        return new CountSample(
            double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture),
            long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture), f[4], wall);
    }
}
