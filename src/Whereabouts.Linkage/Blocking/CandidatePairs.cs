using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Blocking;

/// <summary>
/// Makes the candidate pairs: records whose blocking keys agree on every part of at least one rule.
/// A pair found by an earlier rule is not emitted again by a later one, so no set of seen pairs is
/// needed however many pairs there are.
/// </summary>
internal sealed class CandidatePairs
{
    private readonly string?[][] _leftKeys;
    private readonly string?[][] _rightKeys;

    public CandidatePairs(IReadOnlyList<IReadOnlyList<BlockingKeyPart>> rules, Func<string, int> fieldIndex, PreparedField[] left, PreparedField[] right, int leftCount, int rightCount)
    {
        _leftKeys = rules.Select(rule => Keys(rule, fieldIndex, left, leftCount)).ToArray();
        _rightKeys = ReferenceEquals(left, right) ? _leftKeys : rules.Select(rule => Keys(rule, fieldIndex, right, rightCount)).ToArray();
    }

    /// <summary>Blocks larger than this are skipped (and counted), since they would swamp the run.</summary>
    public int MaxBlockSize { get; init; } = 2_000;

    /// <summary>Where each rule's pairs start in the generated list; a rule's pairs run to the next one's start.</summary>
    public List<int> RuleStarts { get; } = [];

    /// <summary>How many blocks were skipped for size, by rule.</summary>
    public List<(int Rule, string Key, int Size)> SkippedBlocks { get; } = [];

    /// <summary>Generates pairs packed as (left &lt;&lt; 32) | right; for deduplication left &lt; right.</summary>
    public List<long> Generate(bool deduplicate, IProgress<LinkageProgress>? progress, CancellationToken cancellationToken)
    {
        var pairs = new List<long>();
        for (var rule = 0; rule < _leftKeys.Length; rule++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new LinkageProgress("blocking", rule, _leftKeys.Length));
            RuleStarts.Add(pairs.Count);
            var blocks = Group(_leftKeys[rule]);
            if (deduplicate)
            {
                foreach (var (key, members) in blocks)
                {
                    if (members.Count > MaxBlockSize)
                    {
                        SkippedBlocks.Add((rule, key, members.Count));
                        continue;
                    }

                    for (var a = 0; a < members.Count; a++)
                    {
                        for (var b = a + 1; b < members.Count; b++)
                        {
                            int i = members[a], j = members[b];
                            if (!FoundByEarlierRule(rule, i, j))
                            {
                                pairs.Add(((long)i << 32) | (uint)j);
                            }
                        }
                    }
                }
            }
            else
            {
                var rightBlocks = Group(_rightKeys[rule]);
                foreach (var (key, members) in blocks)
                {
                    if (!rightBlocks.TryGetValue(key, out var others))
                    {
                        continue;
                    }

                    if ((long)members.Count * others.Count > (long)MaxBlockSize * MaxBlockSize / 2)
                    {
                        SkippedBlocks.Add((rule, key, members.Count + others.Count));
                        continue;
                    }

                    foreach (var i in members)
                    {
                        foreach (var j in others)
                        {
                            if (!FoundByEarlierRule(rule, i, j))
                            {
                                pairs.Add(((long)i << 32) | (uint)j);
                            }
                        }
                    }
                }
            }
        }

        progress?.Report(new LinkageProgress("blocking", _leftKeys.Length, _leftKeys.Length));
        return pairs;
    }

    /// <summary>
    /// Up to <paramref name="maxPairs"/> pairs that agree on rule <paramref name="rule"/>'s key,
    /// spread over all blocks: each record is paired with a few random others of its block. Used to
    /// train on a single blocked field when the prediction rules block on several.
    /// </summary>
    public List<long> Sample(int rule, bool deduplicate, int maxPairs, int seed)
    {
        var random = new Random(seed);
        var blocks = Group(_leftKeys[rule]);
        var rightBlocks = deduplicate ? blocks : Group(_rightKeys[rule]);
        long available = 0;
        foreach (var (key, members) in blocks)
        {
            if (rightBlocks.TryGetValue(key, out var others))
            {
                available += deduplicate ? (long)members.Count * (members.Count - 1) / 2 : (long)members.Count * others.Count;
            }
        }

        var perRecord = Math.Max(1, (int)Math.Ceiling(maxPairs / (double)Math.Max(1, _leftKeys[rule].Length)));
        var keep = Math.Min(1.0, maxPairs / (double)Math.Max(1, available));
        var pairs = new List<long>();
        foreach (var (key, members) in blocks)
        {
            if (!rightBlocks.TryGetValue(key, out var others) || (deduplicate && members.Count < 2))
            {
                continue;
            }

            foreach (var i in members)
            {
                var draws = Math.Min(others.Count, Math.Max(perRecord, (int)Math.Ceiling(others.Count * keep)));
                for (var d = 0; d < draws && pairs.Count < maxPairs; d++)
                {
                    var j = others[random.Next(others.Count)];
                    if (deduplicate && i == j)
                    {
                        continue;
                    }

                    pairs.Add(deduplicate && j < i ? ((long)j << 32) | (uint)i : ((long)i << 32) | (uint)j);
                }
            }
        }

        return pairs;
    }

    private bool FoundByEarlierRule(int rule, int i, int j)
    {
        for (var earlier = 0; earlier < rule; earlier++)
        {
            var a = _leftKeys[earlier][i];
            if (a is not null && string.Equals(a, _rightKeys[earlier][j], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<int>> Group(string?[] keys)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key is null)
            {
                continue;
            }

            if (!blocks.TryGetValue(key, out var members))
            {
                members = [];
                blocks[key] = members;
            }

            members.Add(i);
        }

        return blocks;
    }

    private static string?[] Keys(IReadOnlyList<BlockingKeyPart> rule, Func<string, int> fieldIndex, PreparedField[] fields, int count)
    {
        var keys = new string?[count];
        var parts = new string?[rule.Count];
        for (var i = 0; i < count; i++)
        {
            var complete = true;
            for (var p = 0; p < rule.Count && complete; p++)
            {
                var part = rule[p];
                var field = fields[fieldIndex(part.Field)];
                parts[p] = part.Kind switch
                {
                    BlockingKeyPart.Modifier.Whole => field.Key[i],
                    BlockingKeyPart.Modifier.Year => field.Year[i] > 0 ? field.Year[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                    BlockingKeyPart.Modifier.Prefix => field.Key[i] is { } k ? k[..Math.Min(k.Length, part.Length)] : null,
                    BlockingKeyPart.Modifier.Family => field.FamilyKey?[i],
                    BlockingKeyPart.Modifier.Given => field.GivenKey?[i],
                    BlockingKeyPart.Modifier.Initials => field.Initials?[i],
                    _ => null,
                };
                complete = parts[p] is not null;
            }

            keys[i] = complete ? (rule.Count == 1 ? parts[0] : string.Join('\u001f', parts)) : null;
        }

        return keys;
    }
}
