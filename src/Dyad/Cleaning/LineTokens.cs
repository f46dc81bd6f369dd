namespace Dyad.Cleaning;

/// <summary>
/// The tokens of a line as the line shapes read them: split on spaces, commas, bars, dashes and brackets,
/// trailing '.', ':' and ';' dropped, lower-cased (invariant). Reads the line in place: a token is lower-cased
/// into the caller's buffer, and only a token longer than the buffer is copied to the heap.
/// </summary>
internal ref struct LineTokens
{
    private static readonly System.Buffers.SearchValues<char> Separators =
        System.Buffers.SearchValues.Create(" \t,|-–—()\u00A0");

    private ReadOnlySpan<char> _rest;
    private readonly Span<char> _buffer;

    /// <param name="buffer">Room for the lower-cased token; the longest word of the rule lists fits in 32 characters.</param>
    public LineTokens(ReadOnlySpan<char> line, Span<char> buffer)
    {
        _rest = line;
        _buffer = buffer;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LineTokens GetEnumerator() => this;

    public bool MoveNext()
    {
        while (!_rest.IsEmpty)
        {
            var end = _rest.IndexOfAny(Separators);
            var raw = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[(end + 1)..];
            var token = raw.TrimEnd(".:;");
            if (token.IsEmpty) continue;
            if (token.Length <= _buffer.Length)
            {
                var lowered = _buffer[..token.Length];
                token.ToLowerInvariant(lowered);
                Current = lowered;
            }
            else Current = token.ToString().ToLowerInvariant();
            return true;
        }
        return false;
    }
}
