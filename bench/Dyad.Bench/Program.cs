using BenchmarkDotNet.Running;

// `store-ingest` times the store's writes and fusion alone over analysed articles (StoreIngestBenchmark);
// `pair-query` runs the dyad-side benchmark of `dyad events` for one pair over a million events;
// anything else goes to BenchmarkDotNet: pick benchmarks with --filter, e.g. --filter '*StoreWrite*' --job short.
if (args.Length > 0 && args[0] == "pair-query") return Dyad.Bench.Storage.PairQueryBenchmark.Run(args);
if (args.Length > 0 && args[0] == "store-ingest") return Dyad.Bench.Storage.StoreIngestBenchmark.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
