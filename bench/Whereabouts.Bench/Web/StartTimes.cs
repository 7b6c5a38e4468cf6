namespace Whereabouts.Bench.Web;

/// <summary>
/// How long after its process was started the web app first answered: GET / with any status (503
/// while the reports are prepared counts: the app answers), a search through the API with 200,
/// and GET / with 200 (the public figures prepared).
/// </summary>
internal sealed record StartTimes(TimeSpan FirstAnswer, TimeSpan? FirstSearch, TimeSpan ReportsReady);
