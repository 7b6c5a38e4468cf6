using System.Text;
using Whereabouts.Cli;

// Names come in Armenian, Cyrillic and Azerbaijani letters: write them as UTF-8 whatever the locale says.
Console.OutputEncoding = new UTF8Encoding(false);
return await WhereaboutsCli.RunAsync(args, Console.Out, Console.Error);
