using SharpFuzz;

namespace Whereabouts.Fuzz;

/// <summary>
/// <c>Whereabouts.Fuzz TARGET</c>: under afl-fuzz, the fork server for one target (input on
/// standard input); outside it, runs the target once on standard input.
/// <c>Whereabouts.Fuzz TARGET FILE...</c>: runs the target on each file and says which ones
/// crash it (to reproduce a crash afl-fuzz found, or to check a corpus without afl-fuzz).
/// </summary>
internal static class Program
{
    // AFL's coverage map: 64 KiB, the size SharpFuzz instruments for.
    private const int MapSize = 1 << 16;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: Whereabouts.Fuzz TARGET [FILE...]; targets: " + string.Join(", ", FuzzTargets.All.Keys));
            return 2;
        }

        if (args.Length == 1)
        {
            // Out of process: a stack overflow or a hang in the engine kills a child, not the
            // fork server, and is reported as a crash or a hang instead of ending the campaign.
            Fuzzer.OutOfProcess.Run(target);
            return 0;
        }

        GiveTheInstrumentationSomewhereToWrite();
        var crashed = 0;
        foreach (var file in args.Skip(1))
        {
            try
            {
                using var input = File.OpenRead(file);
                target(input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashed++;
                Console.Error.WriteLine($"{file}: {e}");
            }
        }

        Console.WriteLine($"{args.Length - 1 - crashed} of {args.Length - 1} inputs ran, {crashed} crashed");
        return crashed == 0 ? 0 : 1;
    }

    // Instrumented engines record each branch in AFL's shared memory, which afl-fuzz provides;
    // without it (reproducing a crash from fuzz/crashes/) they would write through a null pointer.
    private static unsafe void GiveTheInstrumentationSomewhereToWrite()
    {
        if (SharpFuzz.Common.Trace.SharedMem == null)
        {
            SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(MapSize);
        }
    }
}
