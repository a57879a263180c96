using BenchmarkDotNet.Running;
using Mutual.Bench.Members;

if (args is ["members", ..]) return await MembersBenchmark.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
