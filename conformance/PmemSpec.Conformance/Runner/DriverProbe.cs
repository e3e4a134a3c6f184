using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// Sits between the wrapper and the candidate driver and records each direct_access call: its raw
/// result and the trace positions it spanned, so checks can tell the driver's own sleeps and
/// allocations from the wrapper's.
/// </summary>
internal class DriverProbe(SimulatedKernel kernel, IDaxDevice inner) : IDaxDevice
{
    private readonly List<DriverCall> calls = [];

    /// <summary>Wraps a driver, keeping its era A/B byte op visible when it has one.</summary>
    public static DriverProbe Wrap(SimulatedKernel kernel, IDaxDevice driver) =>
        driver is ISectorDirectAccess ? new SectorDriverProbe(kernel, driver) : new DriverProbe(kernel, driver);

    public IReadOnlyList<DriverCall> Calls => calls;

    public string DiskName => inner.DiskName;

    public long CapacitySectors => inner.CapacitySectors;

    public bool ReadOnly => inner.ReadOnly;

    public DaxTraits Traits => inner.Traits;

    public bool DaxSupported => inner.DaxSupported;

    protected SimulatedKernel Kernel => kernel;

    protected IDaxDevice Inner => inner;

    public void Clear() => calls.Clear();

    public Result Read(long sector, Span<byte> buffer) => inner.Read(sector, buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => inner.Write(sector, data);

    public Result Discard(long sector, long nrSectors) => inner.Discard(sector, nrSectors);

    public Result Flush() => inner.Flush();

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var (from, atomic) = (kernel.Trace.Mark, kernel.Context.InAtomic);
        var result = inner.DirectAccess(pgoff, nrPages, mode);
        calls.Add(new DriverCall(result, null, from, kernel.Trace.Mark) { CallerAtomic = atomic });
        return result;
    }

    protected void Record(Result<SectorDirectAccessResult> result, long from, bool atomic) =>
        calls.Add(new DriverCall(null, result, from, kernel.Trace.Mark) { CallerAtomic = atomic });
}
