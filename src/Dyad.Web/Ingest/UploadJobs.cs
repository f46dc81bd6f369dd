using System.Collections.Concurrent;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Web.Annotations;
using Dyad.Web.Events;

namespace Dyad.Web.Ingest;

/// <summary>What an upload has done so far: the counts <c>dyad ingest</c> reports, the refusals and the documents stored.</summary>
public sealed record UploadStatus(
    string Id,
    string User,
    string State,
    int Files,
    long Read,
    long Added,
    long AlreadyStored,
    long Refused,
    IReadOnlyList<IngestFailure> Refusals,
    IReadOnlyList<UploadedDocument> Documents,
    string? Error);

public sealed record UploadedDocument(string Id, string Source, string Outcome);

/// <summary>
/// Ingests uploaded files in the background, one upload at a time, through the same reading, analysis and
/// store as <c>dyad ingest</c>; each document's annotations are saved beside it. The files are kept in a
/// folder beside the store, so every document's source names a file that still exists.
/// </summary>
public sealed class UploadJobs
{
    private readonly IDocumentStore _store;
    private readonly KnowledgeBase _knowledge;
    private readonly string _folder;
    private readonly IEventSource _events;
    private readonly DocumentAnnotations _annotations;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public UploadJobs(IDocumentStore store, KnowledgeBase knowledge, string folder, IEventSource events, DocumentAnnotations annotations)
    {
        _store = store;
        _knowledge = knowledge;
        _folder = folder;
        _events = events;
        _annotations = annotations;
    }

    public UploadStatus? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.Status() : null;

    /// <summary>Saves the files and starts ingesting them; returns at once with the job's id.</summary>
    public async Task<string> StartAsync(string user, IReadOnlyList<(string Name, Stream Content)> files, CancellationToken cancellation)
    {
        var id = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        var folder = Path.Combine(_folder, id);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, SafeName(name, paths.Count));
            await using (var file = File.Create(path))
                await content.CopyToAsync(file, cancellation);
            paths.Add(path);
        }
        var job = new Job(id, user, paths.Count);
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, paths));
        return id;
    }

    /// <summary>Waits until the job is done (for tests and the CLI); false when it does not finish in time.</summary>
    public async Task<bool> WaitAsync(string id, TimeSpan timeout)
    {
        if (!_jobs.TryGetValue(id, out var job)) return false;
        return await Task.WhenAny(job.Done.Task, Task.Delay(timeout)) == job.Done.Task;
    }

    private async Task RunAsync(Job job, List<string> paths)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            job.State = "analysing";
            var analyzer = Analyzer.ForBatch(new AnalyzerOptions(), _knowledge);
            var store = new AnnotatingStore(_store, job);
            var ingestor = new DocumentIngestor(store, new IngestOptions { BatchSize = 64, MaxBatchDelay = TimeSpan.FromMilliseconds(500) });
            var totals = await ingestor.IngestAsync(analyzer, paths, outcome =>
            {
                Interlocked.Increment(ref job.Read);
                if (outcome is ReadFailed failed) job.Refuse(new IngestFailure(Path.GetFileName(failed.Source), failed.Reason));
                return ValueTask.CompletedTask;
            }, new Progress<IngestProgress>(_ => { }), capacity: 64);
            foreach (var failure in totals.Failures) job.Refuse(failure);
            job.State = "done";
        }
        catch (Exception e)
        {
            job.Error = e.Message;
            job.State = "failed";
        }
        finally
        {
            _events.Invalidate();
            foreach (var d in job.Documents) _annotations.Forget(d.Id);
            _oneAtATime.Release();
            job.Done.TrySetResult();
        }
    }

    private static string SafeName(string name, int index)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(file.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.');
        if (safe.Length == 0) safe = "upload";
        if (safe.Length > 100) safe = safe[^100..];
        return $"{index + 1:D3}-{safe}";
    }

    private sealed class Job(string id, string user, int files)
    {
        private readonly Lock _lock = new();
        private readonly List<IngestFailure> _refusals = [];
        private readonly List<UploadedDocument> _documents = [];
        public long Read;
        public volatile string State = "queued";
        public volatile string? Error;
        public readonly TaskCompletionSource Done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<UploadedDocument> Documents { get { lock (_lock) return _documents.ToList(); } }

        public void Refuse(IngestFailure failure) { lock (_lock) _refusals.Add(failure); }

        public void Stored(UploadedDocument document) { lock (_lock) _documents.Add(document); }

        public UploadStatus Status()
        {
            lock (_lock)
            {
                return new UploadStatus(id, user, State, files, Interlocked.Read(ref Read),
                    _documents.Count(d => d.Outcome == "added"), _documents.Count(d => d.Outcome != "added"),
                    _refusals.Count, _refusals.ToList(), _documents.ToList(), Error);
            }
        }
    }

    /// <summary>The store, saving each written document's annotations beside it and telling the job what was stored.</summary>
    private sealed class AnnotatingStore(IDocumentStore inner, Job job) : IDocumentStore
    {
        public BatchWriteResult Write(IReadOnlyList<Document> documents)
        {
            var result = inner.Write(documents);
            for (var i = 0; i < documents.Count; i++)
            {
                var written = result.Documents[i];
                if (written.Outcome == WriteOutcome.Failed || written.Id is null) continue;
                inner.SaveAnnotations(written.Id, DocumentRecordWriter.ToJsonLine(documents[i]));
                job.Stored(new UploadedDocument(written.Id, Path.GetFileName(written.Source),
                    written.Outcome == WriteOutcome.Added ? "added" : "already stored"));
            }
            return result;
        }

        public long Count() => inner.Count();
        public IEnumerable<DocumentSummary> List() => inner.List();
        public StoredDocument? Find(string id) => inner.Find(id);
        public IReadOnlyList<DocumentSummary> Search(string query, int limit = 20) => inner.Search(query, limit);
        public bool SaveAnnotations(string id, string json) => inner.SaveAnnotations(id, json);
        public void Dispose() { }
    }
}
