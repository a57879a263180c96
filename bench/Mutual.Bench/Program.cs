using BenchmarkDotNet.Running;
using Mutual.Bench.Counting;
using Mutual.Bench.Members;
using Mutual.Bench.Polls;

// `counting` and `members` run the end-to-end benchmarks (see bench/README.md); anything else goes to BenchmarkDotNet.
if (args is ["counting", .. var countingArgs]) return CountingBenchmark.Run(countingArgs);
if (args is ["counting-one", .. var one]) return OneCount.Run(one);
if (args is ["members", ..]) return await MembersBenchmark.RunAsync(args[1..]);
if (args is ["polls", ..]) return await PollsBenchmark.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(CountingBenchmark).Assembly).Run(args);
return 0;
