using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Blocking;

/// <summary>
/// Makes the candidate pairs: records whose blocking keys agree on every part of at least one rule.
/// A pair found by an earlier rule is not emitted again by a later one, so no set of seen pairs is
/// needed however many pairs there are.
/// </summary>
internal sealed class CandidatePairs
{
    private readonly BlockingKeys[] _leftKeys;
    private readonly BlockingKeys[] _rightKeys;

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
                            if (FirstFoundHere(rule, key, i, j))
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
                            if (FirstFoundHere(rule, key, i, j))
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

        var perRecord = Math.Max(1, (int)Math.Ceiling(maxPairs / (double)Math.Max(1, _leftKeys[rule].First.Length)));
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

    /// <summary>
    /// Whether the pair is emitted from this block: not by an earlier rule, and, when the records
    /// share several keys of this rule, from the block of the first of them only.
    /// </summary>
    private bool FirstFoundHere(int rule, string key, int i, int j)
    {
        for (var earlier = 0; earlier < rule; earlier++)
        {
            if (_leftKeys[earlier].Agree(i, _rightKeys[earlier], j))
            {
                return false;
            }
        }

        var left = _leftKeys[rule];
        if (!left.HasAlternatives && !_rightKeys[rule].HasAlternatives)
        {
            return true;
        }

        // Members of a block are in record order, so i is the same record in every block of the pair.
        return string.Equals(left.FirstCommon(i, _rightKeys[rule], j), key, StringComparison.Ordinal);
    }

    private static Dictionary<string, List<int>> Group(BlockingKeys keys)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string key, int i)
        {
            if (!blocks.TryGetValue(key, out var members))
            {
                members = [];
                blocks[key] = members;
            }

            members.Add(i);
        }

        for (var i = 0; i < keys.First.Length; i++)
        {
            if (keys.First[i] is { } key)
            {
                Add(key, i);
                foreach (var other in keys.More(i))
                {
                    Add(other, i);
                }
            }
        }

        return blocks;
    }

    private static BlockingKeys Keys(IReadOnlyList<BlockingKeyPart> rule, Func<string, int> fieldIndex, PreparedField[] fields, int count)
    {
        if (rule.Count == 1 && AlternativesOf(rule[0], fields[fieldIndex(rule[0].Field)]) is { } prepared)
        {
            // A rule of one name part: the keys the comparison prepared, as they are.
            return prepared;
        }

        var keys = new BlockingKeys(count);
        var combined = new List<string>(4);
        var next = new List<string>(4);
        for (var i = 0; i < count; i++)
        {
            combined.Clear();
            combined.Add(string.Empty);
            for (var p = 0; p < rule.Count && combined.Count > 0; p++)
            {
                var part = rule[p];
                var field = fields[fieldIndex(part.Field)];
                next.Clear();
                foreach (var value in PartKeys(part, field, i))
                {
                    foreach (var prefix in combined)
                    {
                        next.Add(p == 0 ? value : prefix + '\u001f' + value);
                    }
                }

                (combined, next) = (next, combined);
            }

            keys.Set(i, combined);
        }

        return keys;
    }

    /// <summary>The keys a person-name comparison prepared for this part, or null for other parts.</summary>
    private static BlockingKeys? AlternativesOf(BlockingKeyPart part, PreparedField field) => part.Kind switch
    {
        BlockingKeyPart.Modifier.Whole => field.WholeKeys,
        BlockingKeyPart.Modifier.Family => field.FamilyKeys,
        BlockingKeyPart.Modifier.Given => field.GivenKeys,
        BlockingKeyPart.Modifier.Initials => field.InitialKeys,
        _ => null,
    };

    /// <summary>The keys of one part of a rule for record <paramref name="i"/>: none, one, or for names in foreign romanisations several.</summary>
    private static IEnumerable<string> PartKeys(BlockingKeyPart part, PreparedField field, int i)
    {
        var alternatives = AlternativesOf(part, field);
        if (alternatives is not null)
        {
            if (alternatives.First[i] is { } first)
            {
                yield return first;
                foreach (var other in alternatives.More(i))
                {
                    yield return other;
                }
            }

            yield break;
        }

        var single = part.Kind switch
        {
            BlockingKeyPart.Modifier.Whole => field.Key[i],
            BlockingKeyPart.Modifier.Year => field.Year[i] > 0 ? field.Year[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            BlockingKeyPart.Modifier.Prefix => field.Key[i] is { } k ? k[..Math.Min(k.Length, part.Length)] : null,
            _ => null,
        };
        if (single is not null)
        {
            yield return single;
        }
    }
}
