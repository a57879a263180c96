using System.Text.RegularExpressions;
using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

public static partial class RulesValidator
{
    private static void CheckBoard(BoardRules board, ViolationCollector found)
    {
        if (board.MinimumSize < 1)
            found.Error("board.minimumSize", "The board needs at least one director.", "DOMAIN D1");
        else if (board.MinimumSize < 3)
            found.Warning("board.minimumSize", $"A board of {board.MinimumSize} is below the model rules' minimum of 3.", "DOMAIN D1");

        if (board.MaximumSize is { } maximum && maximum < board.MinimumSize)
            found.Error("board.maximumSize", $"The board's maximum size ({maximum}) is below its minimum ({board.MinimumSize}).", "DOMAIN D1");

        if (board.RetirementFraction < Ratio.Zero || board.RetirementFraction > Ratio.One)
            found.Error("board.retirementFraction", $"The share of the board retiring each AGM must be between 0 and 1; it is {board.RetirementFraction}.", "DOMAIN D2");
        else if (board.RetirementFraction == Ratio.Zero)
            found.Warning("board.retirementFraction", "No directors retire by rotation; the model rules retire one third each AGM.", "DOMAIN D2");

        if (board.MinimumAge < 16)
            found.Error("board.minimumAge", $"Under-16s cannot sit on the board; the rules allow {board.MinimumAge}.", "DOMAIN B8");

        if (board.MaximumIndependentDirectors < 0)
            found.Error("board.maximumIndependentDirectors", "The number of independent directors cannot be negative.", "DOMAIN D3");
        else if (board.MaximumIndependentDirectors > 2)
            found.Warning("board.maximumIndependentDirectors", $"{board.MaximumIndependentDirectors} independent directors is more than the model rules' 2.", "DOMAIN D3");

        if (!MethodPattern().IsMatch(board.ElectionMethod))
            found.Error("board.electionMethod", $"Name a counting method such as \"scottish-stv\"; \"{board.ElectionMethod}\" is not a method name.", "DESIGN capability 5");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex MethodPattern();
}
