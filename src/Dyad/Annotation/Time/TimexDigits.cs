using System.Globalization;

namespace Dyad.Annotation.Time;

/// <summary>
/// A part of a TIMEX3 value (a year, a month, a day) as <paramref name="width"/> digits padded with zeros, or as many
/// Xs when the text leaves it unknown. It formats itself into the string being built: a string of its own for each
/// part, and another for its format, were most of what printing a time expression allocated.
/// </summary>
internal readonly struct TimexDigits(int? value, int width) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (value is { } v)
        {
            ReadOnlySpan<char> padded = ['D', (char)('0' + width)];
            return v.TryFormat(destination, out charsWritten, padded, CultureInfo.InvariantCulture);
        }
        charsWritten = 0;
        if (destination.Length < width) return false;
        destination[..width].Fill('X');
        charsWritten = width;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
}
