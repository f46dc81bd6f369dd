using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dyad.Web.Security;

/// <summary>
/// The people who may change the record, in the store's file (web_users, web_tokens): a name, a hashed
/// password, and API tokens kept only as hashes. Written by <c>dyad users</c>, read by <c>dyad serve</c>.
/// </summary>
public sealed class UserStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS web_users (
            name     TEXT PRIMARY KEY,
            password TEXT NOT NULL,
            created  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS web_tokens (
            hash    TEXT PRIMARY KEY,
            user    TEXT NOT NULL REFERENCES web_users (name),
            created TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public UserStore(string path)
    {
        _connection = SqliteFiles.OpenWriter(path);
        SqliteFiles.Execute(_connection, Schema);
    }

    /// <summary>A name is 1–64 letters, digits, dots, dashes or underscores: it appears in the audit log.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>Adds a user or sets a new password for one; false when the name is not valid.</summary>
    public bool SetPassword(string name, string password)
    {
        if (!IsValidName(name)) return false;
        var hash = PasswordHashing.Hash(password);
        Run("INSERT INTO web_users (name, password, created) VALUES ($name, $hash, $now) ON CONFLICT (name) DO UPDATE SET password = excluded.password",
            ("$name", name), ("$hash", hash), ("$now", Now()));
        return true;
    }

    public bool HasUsers() => Scalar("SELECT count(*) FROM web_users") is long n && n > 0;

    public IReadOnlyList<string> Names()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT name FROM web_users ORDER BY name";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read()) names.Add(reader.GetString(0));
            return names;
        }
    }

    /// <summary>The user's name when the password is right; null otherwise (unknown users cost as much as known ones).</summary>
    public string? CheckPassword(string name, string password)
    {
        var stored = Scalar("SELECT password FROM web_users WHERE name = $name", ("$name", name)) as string;
        var ok = PasswordHashing.Verify(password, stored ?? DecoyHash.Value);
        return ok && stored is not null ? name : null;
    }

    /// <summary>A new token for the user, returned once; null when there is no such user.</summary>
    public string? IssueToken(string name)
    {
        if (Scalar("SELECT count(*) FROM web_users WHERE name = $name", ("$name", name)) is not 1L) return null;
        var token = PasswordHashing.NewToken();
        Run("INSERT INTO web_tokens (hash, user, created) VALUES ($hash, $name, $now)", ("$hash", PasswordHashing.HashToken(token)), ("$name", name), ("$now", Now()));
        return token;
    }

    /// <summary>The user a token belongs to; null for an unknown token.</summary>
    public string? CheckToken(string token) =>
        Scalar("SELECT user FROM web_tokens WHERE hash = $hash", ("$hash", PasswordHashing.HashToken(token))) as string;

    private static readonly Lazy<string> DecoyHash = new(() => PasswordHashing.Hash("decoy-" + Guid.NewGuid()));

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteScalar();
        }
    }

    private void Run(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    public void Dispose()
    {
        lock (_lock) _connection.Dispose();
    }
}
