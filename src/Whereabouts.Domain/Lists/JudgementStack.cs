namespace Whereabouts.Domain;

/// <summary>
/// What a history of judgements leaves standing, for a list row's match and a pair of registry
/// records alike: each undo takes back the latest judgement still standing.
/// </summary>
internal static class JudgementStack
{
    /// <summary>The judgements still standing, oldest first.</summary>
    public static List<T> Standing<T>(IEnumerable<T> judgements, Func<T, bool> isUndo)
    {
        var stack = new List<T>();
        foreach (var judgement in judgements)
        {
            if (isUndo(judgement))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(judgement);
            }
        }

        return stack;
    }

    /// <summary>A decision in words, for the domain's refusals.</summary>
    public static string Describe(MatchDecision decision) => decision switch
    {
        MatchDecision.Same => "the same person",
        MatchDecision.NotSame => "not the same person",
        MatchDecision.Unsure => "unsure",
        _ => "pending",
    };
}
