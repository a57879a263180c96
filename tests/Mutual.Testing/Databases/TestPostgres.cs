namespace Mutual.Testing.Databases;

/// <summary>
/// Where the test PostgreSQL server is: <c>MUTUAL_TEST_POSTGRES</c>, a connection string to its
/// <c>postgres</c> database with rights to create databases (test.sh starts one and sets it).
/// </summary>
public static class TestPostgres
{
    public const string Variable = "MUTUAL_TEST_POSTGRES";

    public static string? ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(value)) return value;
            // In CI a missing server must fail the run: silently testing SQLite alone would hide PostgreSQL bugs.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI=true but {Variable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
            return null;
        }
    }
}
