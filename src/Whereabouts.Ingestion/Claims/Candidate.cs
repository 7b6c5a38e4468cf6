namespace Whereabouts.Ingestion.Claims;

/// <summary>A number in a sentence that counts people: the phrase, its head noun and the side its
/// noun phrase names, with character offsets of the whole phrase.</summary>
internal sealed record Candidate(NumberPhrase Phrase, int Head, string? NounSide, int Start, int End)
{
    /// <summary>The character where the noun phrase ends (after the head noun, or the number).</summary>
    public int PhraseEnd { get; init; }

    /// <summary>What the head noun itself says happened ("военнопленные": held), for the lexicon reader; null when nothing.</summary>
    public string? NounCategory { get; init; }

    /// <summary>
    /// Whether the number counts a part of a whole named right before it ("из 80 пропавших 15
    /// найдены мертвыми"): its fate is only what its own verb says, never the whole's.
    /// </summary>
    public bool IsPart { get; init; }

    /// <summary>
    /// Whether the number counts people named by their tie to others ("шесть родственников
    /// военнослужащих", "six relatives of the soldiers"): only a verb of their own gives them a fate,
    /// never a word of the people they are tied to ("relatives of the missing gathered").
    /// </summary>
    public bool IsRelational { get; init; }

    /// <summary>
    /// Whether the number stands in a gapped clause, after a dash or an "also" word ("в Гадруте 12, в
    /// Шуше — ещё 30", "Şuşada isə daha 30 nəfər"): with no verb of its own it shares the fate of the
    /// count before it.
    /// </summary>
    public bool IsGapped { get; init; }

    /// <summary>
    /// Whether the number closes its clause with its noun left for a later clause to name, where the
    /// verb closes the sentence ("Füzuli rayonunda 12, Xocavənd rayonunda isə 9 mülki şəxs itkin
    /// düşüb"): it counts the people and shares the fate of the count after it.
    /// </summary>
    public bool IsElided { get; init; }

    /// <summary>The first token of the phrase with its noun (the lexicon reader's scopes count tokens).</summary>
    public int FirstToken { get; init; }

    /// <summary>The last token of the phrase with its noun.</summary>
    public int LastToken { get; init; }
}
