using PmemSpec.Dax;

namespace PmemSpec.Invariants;

/// <summary>
/// One call into the driver's direct_access as seen from just outside the driver: its raw result
/// (before the wrapper clamps or translates it) and the trace positions it spanned.
/// </summary>
/// <param name="Pages">The page-based op's raw result, when that op was called.</param>
/// <param name="Bytes">The era A/B byte-based op's raw result, when that op was called.</param>
/// <param name="FromMark">Trace position at entry.</param>
/// <param name="ToMark">Trace position at return.</param>
public sealed record DriverCall(Result<DirectAccessResult>? Pages, Result<SectorDirectAccessResult>? Bytes, long FromMark, long ToMark)
{
    /// <summary>The raw error, or <see cref="Errno.None"/>.</summary>
    public Errno Error => Pages?.Error ?? Bytes?.Error ?? Errno.None;

    /// <summary>True when the driver's direct_access was entered in atomic context (whatever the operation declared).</summary>
    public bool CallerAtomic { get; init; }

    /// <summary>The raw amount in bytes (pages × 4096 for the page op).</summary>
    public long AvailableBytes => Pages is { IsOk: true } p ? p.Value.Pages * Units.PageSize : Bytes is { IsOk: true } b ? b.Value.Bytes : 0;
}
