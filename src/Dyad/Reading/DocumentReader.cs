using System.Buffers;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// The read stage: turns files, folders and standard input into documents, one outcome per document
/// or refused input. Lazy: each input is read when the caller asks for its outcome, so a folder of any
/// size costs the memory of one file. Never throws for a bad input: it becomes a <see cref="ReadFailed"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly ReadOptions _options;

    public DocumentReader(ReadOptions options) => _options = options;

    /// <summary>
    /// Reads <paramref name="paths"/> in order: a file, a folder (recursively, in ordinal order of
    /// relative paths, hidden entries and the manifest skipped) or "-" for standard input.
    /// </summary>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        var readAhead = new ReadAhead(reach: _options.MaxBytes + 1, _options.AlwaysReadAhead);
        var ahead = new Queue<ReadInput>();
        using var inputs = InputWalker.Expand(paths, _options.Manifest?.FilePath).GetEnumerator();
        while (Next(ahead, inputs) is { } input)
        {
            foreach (var outcome in Guarded(input, readAhead))
                yield return outcome;
            // A file that lay on disk: the next ones likely do too, so the system is asked for a burst of them at once and
            // reads them while the reader goes on, instead of the reader waiting for each in turn.
            if (readAhead.Wanted && ahead.Count == 0)
            {
                while (ahead.Count < ReadAhead.Burst && inputs.MoveNext()) ahead.Enqueue(inputs.Current);
                readAhead.Request(ahead);
            }
        }
    }

    /// <summary>The next input: one already taken for a burst of read-ahead, else the walk's next.</summary>
    private static ReadInput? Next(Queue<ReadInput> ahead, IEnumerator<ReadInput> inputs) =>
        ahead.TryDequeue(out var input) ? input : inputs.MoveNext() ? inputs.Current : null;

    /// <summary>The outcomes of one input; a fault in any reader refuses the rest of that input and the batch goes on.</summary>
    private IEnumerable<ReadOutcome> Guarded(ReadInput input, ReadAhead readAhead)
    {
        IEnumerator<ReadOutcome>? outcomes = null;
        try
        {
            while (true)
            {
                ReadOutcome? next = null;
                try
                {
                    outcomes ??= Read(input, readAhead).GetEnumerator();
                    if (outcomes.MoveNext()) next = outcomes.Current;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    next = new ReadFailed(input.Source, $"could not be read ({e.GetType().Name}: {e.Message})");
                    outcomes?.Dispose();
                    outcomes = Enumerable.Empty<ReadOutcome>().GetEnumerator();
                }
                if (next is null) yield break;
                yield return next;
            }
        }
        finally
        {
            outcomes?.Dispose();
        }
    }

    private IEnumerable<ReadOutcome> Read(ReadInput input, ReadAhead readAhead)
    {
        if (input.Problem is not null) return [new ReadFailed(input.Source, input.Problem)];

        // A JSON Lines file is a batch, not a document: read a record at a time, the size limit applies to each.
        if (input.FilePath is { } path && FormatDetector.IsJsonLinesFile(path))
            return JsonLinesDocuments.Stream(new DecodedInput(input.Source, path, new DecodedText("", "utf-8", []), _options.Manifest), path, _options.MaxBytes);

        var (bytes, length, refusal) = input.IsStandardInput ? LoadStandardInput() : LoadFile(input.FilePath!, readAhead);
        if (refusal is not null) return [new ReadFailed(input.Source, refusal)];

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, length));
        if (!input.IsStandardInput) ArrayPool<byte>.Shared.Return(bytes); // decoding made its own text of them
        if (decoded.Refusal is not null) return [new ReadFailed(input.Source, decoded.Refusal)];

        var decodedInput = new DecodedInput(input.Source, input.FilePath, decoded, _options.Manifest);
        return FormatDetector.Detect(decoded.Text, input.FilePath) switch
        {
            InputFormat.Html => [ReadPage(decodedInput)],
            InputFormat.Feed => FeedDocuments.Read(decodedInput),
            InputFormat.JsonLines => JsonLinesDocuments.Read(decodedInput),
            InputFormat.OtherXml => [new ReadFailed(input.Source, "XML that is not an RSS or Atom feed")],
            _ => [new ReadSucceeded(decodedInput.CreateDocument(decoded.Text, SourceMetadata.None))],
        };
    }

    private static ReadOutcome ReadPage(DecodedInput input)
    {
        var (text, metadata) = HtmlPageReader.Read(input.Text);
        return string.IsNullOrWhiteSpace(text)
            ? new ReadFailed(input.Source, "HTML page with no visible text")
            : new ReadSucceeded(input.CreateDocument(text, metadata));
    }

    /// <summary>A file's bytes in a buffer of the shared pool (the caller returns it), its length checked against the limit before any is read.</summary>
    private (byte[] Bytes, int Length, string? Refusal) LoadFile(string path, ReadAhead readAhead)
    {
        try
        {
            using var file = File.OpenHandle(path);
            readAhead.Check(file);
            var size = RandomAccess.GetLength(file);
            if (size > _options.MaxBytes) return ([], 0, Reasons.TooLarge(size, _options.MaxBytes));
            // One byte of room over the size: a file that grew between the check and the read fills it, and is read again whole.
            var bytes = ArrayPool<byte>.Shared.Rent((int)size + 1);
            var length = 0;
            for (int read; length < bytes.Length && (read = RandomAccess.Read(file, bytes.AsSpan(length), length)) > 0;)
            {
                length += read;
                // Exactly the size, from a read that asked for more: that is the end of the file; asking again returns nothing.
                if (length == size) break;
            }
            if (length <= size) return (bytes, length, null);
            ArrayPool<byte>.Shared.Return(bytes);
            var grown = File.ReadAllBytes(path);
            if (grown.LongLength > _options.MaxBytes) return ([], 0, Reasons.TooLarge(grown.LongLength, _options.MaxBytes));
            bytes = ArrayPool<byte>.Shared.Rent(grown.Length);
            grown.CopyTo(bytes, 0);
            return (bytes, grown.Length, null);
        }
        catch (UnauthorizedAccessException)
        {
            return ([], 0, "permission denied");
        }
        catch (FileNotFoundException)
        {
            return ([], 0, "file vanished before it could be read");
        }
        catch (DirectoryNotFoundException)
        {
            return ([], 0, "file vanished before it could be read");
        }
        catch (IOException e)
        {
            return ([], 0, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Standard input up to the limit: one byte past it is enough to refuse.</summary>
    private (byte[] Bytes, int Length, string? Refusal) LoadStandardInput()
    {
        try
        {
            using var stream = _options.OpenStandardInput();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, count);
                if (buffer.Length > _options.MaxBytes)
                    return ([], 0, $"more than {Reasons.TooLarge(buffer.Length, _options.MaxBytes)}");
            }
            return (buffer.ToArray(), (int)buffer.Length, null);
        }
        catch (IOException e)
        {
            return ([], 0, $"standard input cannot be read ({e.Message})");
        }
    }
}
