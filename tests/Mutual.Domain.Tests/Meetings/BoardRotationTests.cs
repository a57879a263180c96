using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Meetings;

public sealed class BoardRotationTests
{
    private static Director D(string name, int year) => new(MemberId.New(), name, new DateOnly(year, 6, 1));

    private static List<Director> Board(int size) => [.. Enumerable.Range(0, size).Select(i => D($"Director {i}", 2020 + i))];

    // D2: one third rounded to nearest: 4 → 1.33 → 1, 5 → 1.67 → 2, 7 → 2.33 → 2, 8 → 2.67 → 3, 9 → 3.
    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(7, 2)]
    [InlineData(8, 3)]
    [InlineData(9, 3)]
    public void Draw_OneThird_RoundsToNearest(int boardSize, int vacancies) =>
        Assert.Equal(vacancies, BoardRotation.Draw(Board(boardSize), false, new BoardRules(), 1).Vacancies);

    // Half of 3 is 1.5, and halves round up.
    [Fact]
    public void Draw_HalfOfThree_RoundsHalfUp() =>
        Assert.Equal(2, BoardRotation.Draw(Board(3), false, new BoardRules { RetirementFraction = Ratio.Of(1, 2) }, 1).Vacancies);

    [Fact]
    public void Draw_FirstAgm_EveryoneStandsDown()
    {
        var draw = BoardRotation.Draw(Board(7), true, new BoardRules(), 1);

        Assert.Equal(7, draw.Vacancies);
        Assert.False(draw.LotDecided);
    }

    [Fact]
    public void Draw_LongestServingRetireFirst()
    {
        var board = new List<Director> { D("Newest", 2025), D("Oldest", 2021), D("Middle", 2023), D("Second", 2022), D("Fifth", 2024) };

        var draw = BoardRotation.Draw(board, false, new BoardRules(), 1);

        Assert.Equal(["Oldest", "Second"], draw.Retiring.Select(d => d.Name));
        Assert.False(draw.LotDecided);
    }

    // 7 directors, 2 retire: the 2021 director, then one of the two elected in 2022, by lot.
    [Fact]
    public void Draw_TieAtTheCut_IsSettledByLotRepeatablyFromTheSeed()
    {
        var board = new List<Director> { D("Ann", 2021), D("Bea", 2022), D("Cal", 2022), D("Dee", 2023), D("Eve", 2024), D("Fay", 2024), D("Gus", 2025) };

        var draws = Enumerable.Range(0, 40).Select(seed => BoardRotation.Draw(board, false, new BoardRules(), seed)).ToList();

        Assert.All(draws, d => Assert.True(d.LotDecided));
        Assert.All(draws, d => Assert.Equal("Ann", d.Retiring[0].Name));
        Assert.Equal(["Bea", "Cal"], draws.Select(d => d.Retiring[1].Name).Distinct().Order());
        Assert.Equal(draws[7].Retiring, BoardRotation.Draw([.. board.AsEnumerable().Reverse()], false, new BoardRules(), 7).Retiring);
    }

    [Fact]
    public void Build_AgmWithRotation_ListsStandingBusinessElectionAndResolutions()
    {
        var board = new List<Director> { D("Ann", 2021), D("Bea", 2022), D("Cal", 2023), D("Dee", 2024), D("Eve", 2025) };
        var draw = BoardRotation.Draw(board, false, new BoardRules(), 1);

        var agenda = AgmAgenda.Build(draw, [SampleMeeting.Resolution("Adopt new rules")]);

        Assert.Equal(
            [AgendaItemKind.AccountsAndReports, AgendaItemKind.Auditor, AgendaItemKind.BoardElection, AgendaItemKind.SpecialResolution],
            agenda.Select(i => i.Kind));
        var election = agenda[2];
        Assert.Equal(2, election.Vacancies);
        Assert.Equal("Election of directors: 2 seats", election.Title);
        Assert.Contains("Retiring by rotation: Ann, Bea.", election.Text, StringComparison.Ordinal);
    }
}
