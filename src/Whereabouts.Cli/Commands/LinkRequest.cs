namespace Whereabouts.Cli.Commands;

/// <summary>What <c>link</c> was asked to do: the lists, the settings, the threshold, where to write, whether to explain each pair.</summary>
internal sealed record LinkRequest(FileInfo Left, FileInfo? Right, FileInfo? Settings, double? Threshold, FileInfo? Output, bool Explain);
