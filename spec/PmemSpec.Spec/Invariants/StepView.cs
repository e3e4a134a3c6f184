using PmemSpec.Kernel;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Invariants;

/// <summary>Everything a check may look at for one step: the operation, its outcome, the model before it, and the kernel.</summary>
/// <param name="Index">Position in the sequence, from 0.</param>
/// <param name="Op">The operation.</param>
/// <param name="Outcome">What it returned (empty when it threw).</param>
/// <param name="Model">The model before the step.</param>
/// <param name="Kernel">The simulated kernel after the step.</param>
/// <param name="DriverCalls">Driver direct_access calls made during the step.</param>
/// <param name="StepMark">Trace position at the start of the step.</param>
/// <param name="Thrown">The exception the device threw, if any.</param>
public sealed record StepView(int Index, DeviceOp Op, OpOutcome Outcome, DeviceModel Model, SimulatedKernel Kernel,
    IReadOnlyList<DriverCall> DriverCalls, long StepMark, Exception? Thrown)
{
    /// <summary>The device's facts.</summary>
    public DeviceFacts Facts => Model.Facts;

    /// <summary>Kernel events of this step.</summary>
    public IEnumerable<KernelEvent> StepEvents => Kernel.Trace.Since(StepMark);

    /// <summary>Kernel rules broken during this step.</summary>
    public IEnumerable<KernelViolation> StepViolations => Kernel.Violations.Since(StepMark);

    /// <summary>Events inside the driver's own direct_access calls.</summary>
    public IEnumerable<KernelEvent> DriverEvents =>
        DriverCalls.SelectMany(c => Kernel.Trace.Events.Skip((int)c.FromMark).Take((int)(c.ToMark - c.FromMark)));

    /// <summary>The first violation of a rule during the step, if any.</summary>
    public KernelViolation? Violation(params string[] rules)
    {
        var all = Kernel.Violations.All;
        var first = all.Count;
        while (first > 0 && all[first - 1].Seq >= StepMark) first--;
        for (var i = first; i < all.Count; i++)
            if (Array.IndexOf(rules, all[i].Rule) >= 0) return all[i];
        return null;
    }
}
