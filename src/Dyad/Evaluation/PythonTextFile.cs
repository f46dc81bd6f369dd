using System.Text;

namespace Dyad.Evaluation;

/// <summary>
/// Reads a text file as Python's open(path, encoding="utf-8").read() does, so offsets agree with the gold's:
/// strict UTF-8, a byte-order mark kept as U+FEFF, and "\r\n" and "\r" read as "\n".
/// </summary>
public static class PythonTextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        string text;
        try
        {
            text = Strict.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{path}: not UTF-8: {e.Message}", e);
        }
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }
}
