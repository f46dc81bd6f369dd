using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dyad.Web.Pages;

/// <summary>Markup that is already safe: only constant markup and what <see cref="Html"/> built is ever wrapped in it.</summary>
public readonly record struct RawHtml(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// Builds a page with every value escaped by default: in <c>html.Add($"&lt;td&gt;{title}&lt;/td&gt;")</c> the literal
/// parts are markup and every hole is HTML-encoded (text and attribute values alike), unless it is
/// <see cref="RawHtml"/>. Article text is hostile input; this is the one way it reaches a page.
/// </summary>
public sealed class Html
{
    /// <summary>Encodes &lt; &gt; &amp; " ' and controls; leaves other letters readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _out = new(4096);

    public Html Add([InterpolatedStringHandlerArgument("")] ref Handler markup) => this;

    /// <summary>Text, escaped.</summary>
    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(new StringWriter(_out, CultureInfo.InvariantCulture), text);
        return this;
    }

    /// <summary>Text from <paramref name="start"/> for <paramref name="length"/> characters, escaped.</summary>
    public Html Text(string text, int start, int length) => length <= 0 ? this : Text(text.Substring(start, length));

    public Html Raw(RawHtml markup)
    {
        _out.Append(markup.Value);
        return this;
    }

    public RawHtml ToRaw() => new(_out.ToString());

    public override string ToString() => _out.ToString();

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>A query-string or path value, escaped for a URL (then again for the attribute, by the hole it fills).</summary>
    public static string Url(string value) => Uri.EscapeDataString(value);

    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly Html _html;

        public Handler(int literalLength, int formattedCount, Html html)
        {
            _html = html;
            html._out.EnsureCapacity(html._out.Length + literalLength + formattedCount * 16);
        }

        public void AppendLiteral(string markup) => _html._out.Append(markup);

        public void AppendFormatted(RawHtml markup) => _html._out.Append(markup.Value);

        public void AppendFormatted(string? text) => _html.Text(text);

        public void AppendFormatted<T>(T value)
        {
            var text = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
            _html.Text(text);
        }
    }
}
