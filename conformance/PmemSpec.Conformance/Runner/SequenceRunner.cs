using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>Runs one sequence against a fresh device of a profile, stopping at the first broken invariant.</summary>
public static class SequenceRunner
{
    /// <summary>Runs <paramref name="ops"/>; a candidate that throws (even in its constructor) breaks EXC-001.</summary>
    public static SequenceRun Run(DeviceProfile profile, IReadOnlyList<DeviceOp> ops, IReadOnlyList<Invariant> invariants, CallerFactory? caller = null)
    {
        Execution execution;
        try
        {
            execution = new Execution(profile, invariants, caller);
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing constructor is a counterexample.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SequenceRun([], [], InvariantCatalogue.Find("EXC-001"), new("a device", $"the constructor threw {e.GetType().Name}: {e.Message}"), null);
        }
        return Steps(execution, ops);
    }

    private static SequenceRun Steps(Execution execution, IReadOnlyList<DeviceOp> ops)
    {
        var executed = new List<DeviceOp>(ops.Count);
        var outcomes = new List<OpOutcome>(ops.Count);
        for (var i = 0; i < ops.Count; i++)
        {
            var step = execution.Step(executed.Count, ops[i]);
            if (step.Skipped) continue;
            executed.Add(ops[i]);
            outcomes.Add(step.Outcome);
            if (step.Broken is not null) return new SequenceRun(executed, outcomes, step.Broken, step.Failure, execution.Kernel);
        }
        return new SequenceRun(executed, outcomes, null, null, execution.Kernel);
    }
}
