using Mutual.Counting.Ballots;
using Mutual.Counting.Parsing;

namespace Mutual.Cli.Counting;

/// <summary>Reads one ballot file by its extension: PrefLib <c>.soi</c>/<c>.toi</c>, otherwise BLT.</summary>
internal static class BallotFiles
{
    public static Election Read(FileInfo file, int? seats)
    {
        var extension = file.Extension.ToLowerInvariant();
        if (extension is not (".soi" or ".toi")) return BltReader.Read(file.FullName);
        if (seats is not int n)
        {
            throw new CountInputException(
                $"a PrefLib {extension} file does not say how many seats there are: give them with --seats");
        }

        return PrefLibReader.Read(file.FullName, n);
    }
}

/// <summary>A file the command cannot count, for a reason it explains in its message.</summary>
internal sealed class CountInputException(string message) : Exception(message);
