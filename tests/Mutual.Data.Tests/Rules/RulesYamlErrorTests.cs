using Mutual.Data.Rules;

namespace Mutual.Data.Tests.Rules;

public class RulesYamlErrorTests
{
    private static IReadOnlyList<RulesYamlProblem> Problems(string yaml, bool import = false)
    {
        var result = import ? RulesYaml.Import(yaml) : RulesYaml.Read(yaml);
        return Assert.IsType<RulesYamlInvalid>(result.Error).Problems;
    }

    [Fact]
    public void Read_WordWhereANumberBelongs_NamesLineAndField()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            meetings:
              notice:
                clearDays: fourteen
            """;

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(5, problem.Line);
        Assert.Equal("meetings.notice.clearDays", problem.Field);
        Assert.Contains("whole number", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 5, meetings.notice.clearDays:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisspeltField_IsReportedNotIgnored()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            board:
              minimumSize: 3
              maximunSize: 9
            """;

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal((5, "board.maximunSize"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Read_UnknownLegalForm_ListsTheChoices()
    {
        const string yaml = "name: Riverside Bakery Limited\nlegalForm: charity\n";

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal((2, "legalForm"), (problem.Line, problem.Field));
        Assert.Contains("community-benefit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingName_IsReported()
    {
        var problem = Assert.Single(Problems("legalForm: co-operative\n"));

        Assert.Equal("name", problem.Field);
    }

    [Fact]
    public void Read_BadClassWeight_NamesTheListItem()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            membershipClasses:
              - key: worker
                name: Worker
                weight: 50%
              - key: user
                name: User
                weight: half
            """;

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal((9, "membershipClasses[1].weight"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Read_BadThreshold_ExplainsTheForm()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            meetings:
              resolutions:
                special: three quarters
            """;

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal((5, "meetings.resolutions.special"), (problem.Line, problem.Field));
        Assert.Contains("at least 2/3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllInLineOrder()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            board:
              minimumSize: many
            shares:
              parValue: one pound
            """;

        Assert.Equal([4, 6], Problems(yaml).Select(p => p.Line));
    }

    [Fact]
    public void Read_BrokenYamlSyntax_NamesTheLine()
    {
        const string yaml = "name: Riverside Bakery Limited\nlegalForm: co-operative\nboard:\n  minimumSize: 3\n maximumSize: [9\n";

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal("(file)", problem.Field);
        Assert.InRange(problem.Line, 4, 6);
    }

    [Fact]
    public void Read_ListWhereAGroupBelongs_IsReported()
    {
        var problem = Assert.Single(Problems("name: X Limited\nlegalForm: co-operative\nboard:\n  - 3\n"));

        Assert.Equal((4, "board"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Import_CommunityBenefitPayingDividends_NamesTheLineOfTheField()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: community-benefit
            objects: To run a bakery for the community.
            membershipClasses:
              - key: member
                name: Member
            profits:
              dividendsAllowed: true
            """;

        var problem = Assert.Single(Problems(yaml, import: true));

        Assert.Equal((8, "profits.dividendsAllowed"), (problem.Line, problem.Field));
        Assert.Contains("DOMAIN A4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WeightsNotSummingTo100_PointsAtTheClassList()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: co-operative
            objects: To bake.
            membershipClasses:
              - key: worker
                name: Worker
                weight: 50%
              - key: user
                name: User
                weight: 40%
            """;

        var problem = Assert.Single(Problems(yaml, import: true));

        Assert.Equal((5, "membershipClasses"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Import_ValidRulesWithOnlyAWarning_Succeeds()
    {
        const string yaml = """
            name: Riverside Bakery
            legalForm: co-operative
            objects: To bake.
            membershipClasses:
              - key: member
                name: Member
            """;

        Assert.True(RulesYaml.Import(yaml).IsSuccess);
    }
}
