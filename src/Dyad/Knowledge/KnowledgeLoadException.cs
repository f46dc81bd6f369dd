namespace Dyad.Knowledge;

/// <summary>A knowledge file that cannot be read: names the file, the line and the reason.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException(string file, long line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }
    public long Line { get; }
    public string Reason { get; }
}
