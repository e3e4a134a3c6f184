namespace PmemSpec.Operations.User;

/// <summary>mmap of <see cref="Pages"/> pages of the raw DAX device from <see cref="Pgoff"/>, shared or private, read-only or writable, labelled <see cref="Map"/>.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The label later steps name the mapping by.</param>
/// <param name="Pgoff">First device page.</param>
/// <param name="Pages">Length in pages.</param>
/// <param name="Shared">MAP_SHARED rather than MAP_PRIVATE.</param>
/// <param name="Writable">PROT_READ|PROT_WRITE rather than PROT_READ.</param>
public sealed record MmapOp(int Proc, int Map, long Pgoff, long Pages, bool Shared, bool Writable) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("pgoff", Pgoff), OpArgument.Of("pages", Pages),
            Flag("shared", Shared), Flag("writable", Writable)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications()
    {
        if (Pages > 1) yield return this with { Pages = 1 };
        if (Pgoff > 0) yield return this with { Pgoff = 0 };
    }
}
