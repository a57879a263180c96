using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Meetings;

public sealed class BoardChangesTests
{
    private static readonly MemberId A = MemberId.New(), B = MemberId.New(), C = MemberId.New(), D = MemberId.New(), X = MemberId.New(), Y = MemberId.New();

    // Board A B C D; A and B retire (in that order); A stands again and wins with newcomer X:
    // A is re-elected, X joins, and X's seat is B's, so B leaves; C and D were not retiring.
    [Fact]
    public void After_OneRetiringReelectedAndOneNewcomer_TheOtherRetiringLeaves()
    {
        var changes = BoardChanges.After([A, B, C, D], [A, B], [X, A]);

        Assert.Equal([X], changes.Joining);
        Assert.Equal([A], changes.Reelected);
        Assert.Equal([B], changes.Leaving);
    }

    // Three retire, only one newcomer is elected: one seat is filled, so only the first retiring
    // director in rotation order leaves; the other two serve on until their seats are filled.
    [Fact]
    public void After_FewerElectedThanRetiring_OnlyFilledSeatsAreGivenUp()
    {
        var changes = BoardChanges.After([A, B, C, D], [B, C, A], [X]);

        Assert.Equal([B], changes.Leaving);
    }

    [Fact]
    public void After_TwoNewcomersForTwoRetiring_BothRetiringLeave()
    {
        var changes = BoardChanges.After([A, B, C], [A, B], [X, Y]);

        Assert.Equal([X, Y], changes.Joining);
        Assert.Empty(changes.Reelected);
        Assert.Equal([A, B], changes.Leaving);
    }

    [Fact]
    public void After_NobodyElected_NobodyLeaves()
    {
        var changes = BoardChanges.After([A, B], [A], []);

        Assert.Empty(changes.Joining);
        Assert.Empty(changes.Leaving);
    }

    // Board of 5 (D2: a third of 5 rounds to 2): the two longest-serving retire, oldest first, and
    // the agenda item keeps them so the result can say whose seats were filled.
    [Fact]
    public void Build_BoardOfFive_ItemKeepsTheTwoLongestServingInOrder()
    {
        Director[] board = [new(C, "Cat", new(2023, 6, 1)), new(A, "Ann", new(2021, 6, 1)), new(D, "Dev", new(2024, 6, 1)), new(B, "Bob", new(2022, 6, 1)), new(X, "Xan", new(2025, 6, 1))];

        var item = AgmAgenda.Build(BoardRotation.Draw(board, false, new BoardRules(), 7), []).Single(i => i.Kind == AgendaItemKind.BoardElection);

        Assert.Equal(2, item.Vacancies);
        Assert.Equal([A, B], item.Retiring);
    }
}
