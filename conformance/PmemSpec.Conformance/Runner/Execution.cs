using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Kernel;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>One run of a sequence against a fresh device of a profile and its model, step by step.</summary>
internal sealed class Execution
{
    private readonly DriverProbe probe;
    private readonly IDaxCaller caller;
    private readonly IReadOnlyList<Invariant> invariants;

    /// <summary>Builds the kernel, the device (the candidate's constructor runs here), the partition and the caller.</summary>
    public Execution(DeviceProfile profile, IReadOnlyList<Invariant> invariants, CallerFactory? callerFactory)
    {
        Kernel = profile.NewKernel();
        var device = profile.Create(Kernel);
        probe = DriverProbe.Wrap(Kernel, device);
        Bdev = new Partition(probe, profile.PartitionStart, profile.PartitionSectors);
        caller = callerFactory?.Invoke(Kernel, Bdev) ?? new HandleCaller(new DaxHandle(Kernel, Bdev));
        Model = new DeviceModel(DeviceFacts.Of(profile, device));
        this.invariants = invariants.Where(i => i.HoldsIn(profile.Era)).ToList();
    }

    public SimulatedKernel Kernel { get; }

    public Partition Bdev { get; }

    public DeviceModel Model { get; }

    /// <summary>Runs one operation, checks every selected invariant, then moves the model on.</summary>
    public StepResult Step(int index, DeviceOp op)
    {
        if (!Preconditions.Hold(op, Model)) return StepResult.Skip;
        var mark = Kernel.Trace.Mark;
        probe.Clear();
        OpOutcome outcome;
        Exception? thrown = null;
        try
        {
            outcome = OpExecutor.Run(op, this, caller);
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing candidate is a counterexample (EXC-001), not a crashed kit.
        catch (Exception e)
#pragma warning restore CA1031
        {
            thrown = e;
            outcome = new OpOutcome(Errno.EIO);
        }
        var view = new StepView(index, op, outcome, Model, Kernel, probe.Calls.Count == 0 ? [] : [.. probe.Calls], mark, thrown);
        foreach (var invariant in invariants)
            if (invariant.Check(view) is { } failure) return new StepResult(false, outcome, invariant, failure);
        Model.Apply(op, outcome);
        return new StepResult(false, outcome, null, null);
    }
}
