using BenchmarkDotNet.Running;
using Mutual.Bench.Counting;

// `counting` runs the end-to-end counting benchmark (see bench/README.md); anything else goes to BenchmarkDotNet.
if (args is ["counting", .. var countingArgs]) return CountingBenchmark.Run(countingArgs);
if (args is ["counting-one", .. var one]) return OneCount.Run(one);

BenchmarkSwitcher.FromAssembly(typeof(CountingBenchmark).Assembly).Run(args);
return 0;
