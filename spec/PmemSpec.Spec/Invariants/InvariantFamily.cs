namespace PmemSpec.Invariants;

/// <summary>The invariant families of DESIGN.md.</summary>
public enum InvariantFamily
{
    /// <summary>The direct_access argument and result contract.</summary>
    DAXARG,
    /// <summary>Block semantics.</summary>
    BLK,
    /// <summary>Mapping stability: addresses, pfns and bytes agree over time and paths.</summary>
    STAB,
    /// <summary>The struct page requirement: pfn flags and page backing tell the truth.</summary>
    PAGE,
    /// <summary>Sleep-ability: who may sleep or allocate where.</summary>
    SLEEP,
    /// <summary>The plug-in boundary: expected errors are errnos, never exceptions.</summary>
    EXC,
}
