using System.Diagnostics;
using System.Net;

namespace Dyad.Tests.Web.Load;

/// <summary>What a load run measured: requests, failures and latency percentiles in milliseconds.</summary>
internal sealed record LoadFigures(int Requests, int Failures, double Seconds, double P50, double P95, double P99, double Max)
{
    public double PerSecond => Requests / Seconds;

    public override string ToString() =>
        $"{Requests} requests in {Seconds:0.0} s ({PerSecond:0} /s), {Failures} failed; latency ms p50 {P50:0.0}, p95 {P95:0.0}, p99 {P99:0.0}, max {Max:0.0}";
}

/// <summary>
/// Concurrent clients on loopback, each sending its next request as soon as the last is answered, until a
/// request count or a time limit is reached, whichever comes first: a bounded run that stops by itself.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadFigures> RunAsync(Uri server, IReadOnlyList<string> paths, int clients, int maxRequests, TimeSpan maxTime)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        // One request a client first, so connections are open and the server's view is built before timing.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => http.GetAsync(paths[i % paths.Count])));

        var latencies = new double[maxRequests];
        var issued = -1;
        var failures = 0;
        using var stop = new CancellationTokenSource(maxTime);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n >= maxRequests) return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(paths[n % paths.Count], HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var done = Math.Min(maxRequests, issued);
        var sorted = latencies[..done];
        Array.Sort(sorted);
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LoadFigures(done, failures, seconds, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }
}
