namespace PmemSpec.Conformance.Candidates;

/// <summary>Which of the kit's plug-in contracts a candidate type implements.</summary>
public enum CandidateContract
{
    /// <summary>A DAX block driver (<c>PmemSpec.Dax.IDaxDevice</c>): the device suite, and in v4.6 the raw block-device DAX suite under the reference raw-bdev layer.</summary>
    Driver,

    /// <summary>
    /// A replacement raw block-device DAX layer (<c>PmemSpec.Reference.RawBlockDax.IRawBlockDaxDevice</c>,
    /// blkdev_dax_fault and friends) built as <c>(IMm, Partition)</c>: the raw block-device DAX suite over every reference driver, in v4.6.
    /// </summary>
    FaultHandler,
}
