using System.Text;
using Whereabouts.Cli;

// Names come in Armenian, Cyrillic and Azerbaijani letters: write them as UTF-8 whatever the locale says.
Console.OutputEncoding = new UTF8Encoding(false);
// On a terminal, what the registry holds is shown, never obeyed (a name with ESC cannot erase its line).
var output = Console.IsOutputRedirected ? Console.Out : new TerminalWriter(Console.Out, passCarriageReturns: false);
var error = Console.IsErrorRedirected ? Console.Error : new TerminalWriter(Console.Error, passCarriageReturns: true);
return await WhereaboutsCli.RunAsync(args, output, error);
