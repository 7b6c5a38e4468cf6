using Whereabouts.Bench;

// One command for every benchmark: `dotnet run -c Release --project bench/Whereabouts.Bench -- [linkage] [--scale N]`,
// or `-- web [--provider sqlite|postgres|both] [--people N] [--seconds N] [--concurrency N] [--phases search,dossier,reports]`.
return await BenchmarkRunner.RunAsync(args);
