using System.Globalization;
using System.Numerics;

namespace Dyad.Evaluation;

/// <summary>
/// Python's float arithmetic at the two places the scorer's printed figures depend on:
/// round(x, n), which rounds the exact binary value half to even, and repr(x), the shortest
/// string that reads back to x ("0.971", "1.0", "1e-05").
/// </summary>
public static class PythonFloat
{
    /// <summary>
    /// round(x, digits): the decimal with <paramref name="digits"/> places nearest to the exact value of x,
    /// ties to even, read back as the nearest double. round(2.675, 2) is 2.67 because 2.675 is stored a hair below.
    /// </summary>
    public static double Round(double x, int digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; // subnormal
        else mantissa |= 1L << 52;
        exponent -= 1075; // |x| = mantissa * 2^exponent
        if (exponent >= 0) return x; // an integer already

        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(scaled, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient += 1;
        var text = (negative ? "-" : "") + quotient.ToString(CultureInfo.InvariantCulture) + "E-" + digits.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>repr(x): shortest round-trip digits, fixed notation for 1e-4 ≤ |x| &lt; 1e16, always a ".0" on whole numbers.</summary>
    public static string Repr(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsPositiveInfinity(x)) return "inf";
        if (double.IsNegativeInfinity(x)) return "-inf";
        var sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0.0";

        var (digits, point) = ShortestDigits(Math.Abs(x));
        if (point > -4 && point <= 16)
        {
            if (point <= 0) return sign + "0." + new string('0', -point) + digits;
            if (point >= digits.Length) return sign + digits + new string('0', point - digits.Length) + ".0";
            return sign + digits[..point] + "." + digits[point..];
        }
        var power = point - 1;
        var mantissa = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        return sign + mantissa + "e" + (power < 0 ? "-" : "+") + Math.Abs(power).ToString("00", CultureInfo.InvariantCulture);
    }

    // The significant digits of the shortest round-trip form and where the decimal point sits:
    // x = 0.DIGITS × 10^point.
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var power = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var digits = dot < 0 ? whole : whole + mantissa[(dot + 1)..];
        var point = whole.Length + power;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0') leading++;
        digits = digits[leading..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point - leading);
    }
}
