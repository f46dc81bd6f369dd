using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. --filter '*StoreWrite*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
