namespace PmemSpec.Kernel;

/// <summary>One entry of the kernel event trace.</summary>
/// <param name="Seq">Position in the trace, from 0.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">A trace-like description (who, which pfn, which flags).</param>
public sealed record KernelEvent(long Seq, KernelEventKind Kind, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"#{Seq} {Kind}: {Detail}";
}
