using Dyad.Annotation;

namespace Dyad.Tests.Annotation;

public sealed class LetterDigitRunsTests
{
    /// <summary>Letters, digits and separators of both cases in and out of ASCII, and the edges of the ASCII ranges.</summary>
    private const string Alphabet = "aZz09 -'.@[`{/:ÄéßİıΩ٣’\u2010\n";

    /// <summary>Mostly ASCII letters and digits: runs longer than the eight characters read at once.</summary>
    private const string LongRuns = "abcdXYZ0189abcdXYZ0189 é";

    [Fact]
    public void A_run_ends_where_a_character_is_no_letter_or_digit_and_says_what_it_holds()
    {
        var random = new Random(16);
        for (var trial = 0; trial < 2000; trial++)
        {
            var alphabet = trial % 2 == 0 ? Alphabet : LongRuns;
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            for (var start = 0; start < text.Length; start++)
            {
                var expectedEnd = start;
                while (expectedEnd < text.Length && char.IsLetterOrDigit(text[expectedEnd])) expectedEnd++;
                var run = text[start..expectedEnd];

                var (hasLower, ascii) = (false, true);
                var end = LetterDigitRuns.End(text, start, ref hasLower, ref ascii);

                Assert.Equal(expectedEnd, end);
                Assert.Equal(run.Any(char.IsLower), hasLower);
                Assert.Equal(run.All(char.IsAscii), ascii);
            }
        }
    }
}
