using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dyad.Web;

/// <summary>How the web writes JSON: letters of every script as they are, HTML-sensitive characters always escaped.</summary>
public static class WebJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The options of every JSON response: web names (camelCase) and <see cref="Encoder"/>.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = Encoder };
}
