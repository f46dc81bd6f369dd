using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>Brings a SQLite file to the schema this Dyad writes, one forward migration at a time.</summary>
internal static class SqliteSchema
{
    public static int LatestVersion => SqliteSql.Migrations.Length;

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.ReadVersion;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies the missing migrations, each in its own immediate transaction that also bumps the
    /// version, so two processes opening a new file at once cannot both apply a step.
    /// </summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = SqliteSql.EnableWal;
            wal.ExecuteNonQuery();
        }

        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = ReadVersion(connection, transaction);
            if (version == LatestVersion) return;
            if (version > LatestVersion)
                throw new InvalidOperationException(
                    $"{path}: store schema version {version} is newer than this Dyad knows ({LatestVersion}); update Dyad.");

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqliteSql.Migrations[version] + ";\n" + SqliteSql.WriteVersion(version + 1);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
