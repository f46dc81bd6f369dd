namespace Dyad.Storage;

/// <summary>What writing one document did to the store.</summary>
public enum WriteOutcome
{
    /// <summary>A new document, stored with its source.</summary>
    Added,

    /// <summary>The document was already stored; this source was new to it and is now recorded.</summary>
    NewSource,

    /// <summary>The document was already stored from this very source: nothing changed.</summary>
    AlreadyStored,

    /// <summary>The document could not be stored; <see cref="DocumentWriteResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>The outcome for one document of a batch. <see cref="Id"/> is null when it could not be computed.</summary>
public sealed record DocumentWriteResult(string Source, string? Id, WriteOutcome Outcome, string? Error = null);

/// <summary>The outcomes of one batch, one per document in the order given.</summary>
public sealed record BatchWriteResult(IReadOnlyList<DocumentWriteResult> Documents)
{
    public int Count(WriteOutcome outcome)
    {
        var n = 0;
        foreach (var d in Documents)
            if (d.Outcome == outcome) n++;
        return n;
    }
}
