namespace Whereabouts.Application.Demo;

/// <summary>
/// Thrown when the demo data would be mixed into a registry that holds real records: invented
/// people beside real ones could be mistaken for them.
/// </summary>
public sealed class DemoRefusedException(string message) : Exception(message);
