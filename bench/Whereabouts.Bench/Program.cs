using Whereabouts.Bench;

// One command for every benchmark: `dotnet run -c Release --project bench/Whereabouts.Bench -- [linkage] [--scale N]`.
return await BenchmarkRunner.RunAsync(args);
