using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>Looks into a store file directly, beside the store's own API, to check what it holds on disk.</summary>
internal static class StoreFile
{
    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Long(string path, string sql) => Convert.ToInt64(Scalar(path, sql));

    /// <summary>Runs SQLite's and FTS5's own consistency checks; throws when the index disagrees with its table.</summary>
    public static void AssertConsistent(string path)
    {
        Assert.Equal("ok", Scalar(path, "PRAGMA integrity_check"));
        Scalar(path, "INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
        Assert.Equal(0L, Long(path, "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)"));
        Assert.Equal(0L, Long(path, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)"));
        Assert.Equal(Long(path, "SELECT count(*) FROM documents"), Long(path, "SELECT count(DISTINCT id) FROM documents"));
    }
}
