using PmemSpec.Kernel;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Invariants.User;

/// <summary>Everything a user-level check may look at for one step: the operation, its outcome, the model before it, and what the machine shows after it.</summary>
/// <param name="Index">Position in the sequence, from 0.</param>
/// <param name="Op">The operation.</param>
/// <param name="Outcome">What it returned.</param>
/// <param name="Model">The model before the step.</param>
/// <param name="Kernel">The simulated kernel after the step.</param>
/// <param name="StepMark">Trace position at the start of the step.</param>
/// <param name="Thrown">The exception the step threw, if any.</param>
public sealed record UserStepView(int Index, DeviceOp Op, UserOutcome Outcome, UserModel Model, SimulatedKernel Kernel, long StepMark, Exception? Thrown)
{
    /// <summary>Every present entry of every live mapping after the step.</summary>
    public IReadOnlyList<UserEntry> Entries { get; init; } = [];

    /// <summary>Entries still present after the step in a range the step unmapped.</summary>
    public IReadOnlyList<UserEntry> Leftover { get; init; } = [];

    /// <summary>Device pages the step could touch, read through the block path after it (none once the device is removed).</summary>
    public IReadOnlyDictionary<long, byte[]> DeviceAfter { get; init; } = new Dictionary<long, byte[]>();

    /// <summary>Other-disk pages the step could touch, read after it.</summary>
    public IReadOnlyDictionary<long, byte[]> OtherAfter { get; init; } = new Dictionary<long, byte[]>();

    /// <summary>Frames of the pins the processes still hold after the step.</summary>
    public IReadOnlyList<ulong> HeldPins { get; init; } = [];

    /// <summary>The raw device says its removal completed.</summary>
    public bool RemovalComplete { get; init; }

    /// <summary>The disk's name: the owner of its device memory.</summary>
    public string DiskName { get; init; } = "";

    /// <summary>Kernel events of this step.</summary>
    public IEnumerable<KernelEvent> StepEvents => Kernel.Trace.Since(StepMark);

    /// <summary>The first violation of one of these kernel rules during the step, if any.</summary>
    public KernelViolation? Violation(params string[] rules) => Kernel.Violations.Since(StepMark).FirstOrDefault(v => rules.Contains(v.Rule));

    /// <summary>True when the frame is the disk's device memory.</summary>
    public bool IsDeviceFrame(ulong pfn) => Kernel.Pages.PagemapOf(pfn)?.Owner == DiskName;
}
