using Microsoft.Data.Sqlite;

namespace Dyad.Web;

/// <summary>Connections the web opens on the store's file for its own tables, beside the store's own writer.</summary>
internal static class SqliteFiles
{
    /// <summary>A read-write connection that waits for the store's writer rather than failing when it holds the lock.</summary>
    public static SqliteConnection OpenWriter(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
