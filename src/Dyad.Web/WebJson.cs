using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dyad.Web;

/// <summary>How the web writes JSON: letters of every script as they are, HTML-sensitive characters always escaped.</summary>
public static class WebJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The generated serializers bound to the response options: web names (camelCase) and <see cref="Encoder"/>.</summary>
    internal static readonly WebJsonContext Responses = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Encoder });

    /// <summary>The options of every JSON response: web names (camelCase) and <see cref="Encoder"/>, types from <see cref="WebJsonContext"/>.</summary>
    public static JsonSerializerOptions Options => Responses.Options;

    /// <summary>
    /// The serializer options of the HTTP layer (request bodies, results, OpenAPI): the web's encoder, and the generated
    /// serializers only, never reflection, so a type missing from <see cref="WebJsonContext"/> fails under JIT as under NativeAOT.
    /// </summary>
    internal static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = Encoder;
        options.TypeInfoResolverChain.Clear();
        options.TypeInfoResolverChain.Add(WebJsonContext.Default);
    }
}
