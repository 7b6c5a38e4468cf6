namespace Whereabouts.Domain;

/// <summary>
/// Which registry records are one person: the connected groups of the pairs that stand judged the
/// same. Each group's identity is the id of its least record (by <see cref="Guid.CompareTo(Guid)"/>),
/// so that it does not depend on the order of the judgements, and a record in no such pair is its
/// own identity.
/// </summary>
public static class IdentityGrouping
{
    /// <summary>The identity of every record in a pair judged the same.</summary>
    /// <param name="samePairs">The pairs whose standing decision is "same".</param>
    /// <returns>Record id to identity id, for the records in at least one such pair.</returns>
    public static Dictionary<Guid, Guid> Group(IEnumerable<(Guid PersonId, Guid OtherId)> samePairs)
    {
        ArgumentNullException.ThrowIfNull(samePairs);
        var parent = new Dictionary<Guid, Guid>();
        foreach (var (a, b) in samePairs)
        {
            var rootA = Find(parent, a);
            var rootB = Find(parent, b);
            if (rootA == rootB)
            {
                continue;
            }

            // The lesser root wins, so the group's root is its least record.
            if (rootA.CompareTo(rootB) < 0)
            {
                parent[rootB] = rootA;
            }
            else
            {
                parent[rootA] = rootB;
            }
        }

        return parent.Keys.ToDictionary(id => id, id => Find(parent, id));
    }

    private static Guid Find(Dictionary<Guid, Guid> parent, Guid id)
    {
        if (!parent.TryGetValue(id, out var up))
        {
            parent[id] = id;
            return id;
        }

        var root = id;
        while (up != root)
        {
            root = up;
            up = parent[root];
        }

        // Path compression keeps long chains of joins cheap.
        var node = id;
        while (parent[node] != root)
        {
            var next = parent[node];
            parent[node] = root;
            node = next;
        }

        return root;
    }
}
