namespace PmemSpec.Model;

/// <summary>What last changed a sector in the model, so a wrong read can name the rule it breaks.</summary>
public enum SectorOrigin
{
    /// <summary>Never written: must read zeros.</summary>
    NeverWritten,
    /// <summary>Written through the block path.</summary>
    BlockWrite,
    /// <summary>Discarded: must read zeros (or old bytes on partially covered pages).</summary>
    Discard,
    /// <summary>Stored through a DAX address.</summary>
    DaxStore,
    /// <summary>A write that failed part way: old or new bytes.</summary>
    FailedWrite,
}
