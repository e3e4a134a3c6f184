using PmemSpec.Invariants.User;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>Runs one user-level sequence against a fresh machine of a profile, stopping at the first broken invariant.</summary>
public static class UserSequenceRunner
{
    /// <summary>
    /// Runs <paramref name="ops"/>, checking <paramref name="invariants"/> (all user invariants when null)
    /// after every step. A candidate that throws while the machine is built breaks EXC-101.
    /// </summary>
    /// <remarks>Context: process; builds its own kernel, so runs are independent and may run in parallel.</remarks>
    public static UserSequenceRun Run(UserProfile profile, IReadOnlyList<DeviceOp> ops, IReadOnlyList<UserInvariant>? invariants = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(ops);
        UserExecution execution;
        try
        {
            execution = new UserExecution(profile, invariants ?? UserInvariantCatalogue.All);
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing constructor is a counterexample.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new UserSequenceRun([], [], UserInvariantCatalogue.Find("EXC-101"), new("a raw DAX device opened for mmap", $"set-up threw {e.GetType().Name}: {e.Message}"), null);
        }
        var executed = new List<DeviceOp>();
        var outcomes = new List<UserOutcome>();
        for (var i = 0; i < ops.Count; i++)
        {
            var step = execution.Step(executed.Count, ops[i]);
            if (step.Skipped) continue;
            executed.Add(ops[i]);
            outcomes.Add(step.Outcome);
            if (step.Broken is not null) return new UserSequenceRun(executed, outcomes, step.Broken, step.Failure, execution.Kernel);
        }
        return new UserSequenceRun(executed, outcomes, null, null, execution.Kernel);
    }
}
