using System.Net;

namespace Dyad.Web.Security;

/// <summary>Which addresses a server listens on, and whether that is safe without users.</summary>
public static class Binding
{
    /// <summary>True when every URL names a loopback host (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any-address").Replace("://+", "://any-address"), UriKind.Absolute, out var uri)) return false;
        var host = uri.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Why the server must not start, or null: listening beyond loopback needs users, since reads and changes then need a login.</summary>
    public static string? Refusal(IReadOnlyList<string> urls, bool hasUsers)
    {
        var open = urls.Where(u => !IsLoopback(u)).ToList();
        if (open.Count == 0 || hasUsers) return null;
        return $"refusing to listen on {string.Join(", ", open)} without authentication: add a user first (dyad users add NAME), or listen on 127.0.0.1 only";
    }
}
