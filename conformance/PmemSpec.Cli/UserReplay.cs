using PmemSpec.Conformance.User;
using PmemSpec.Operations;

namespace PmemSpec.Cli;

/// <summary>Replays a sequence of device and user steps on a user-level profile (a driver behind raw block-device DAX).</summary>
internal static class UserReplay
{
    /// <summary>1 when a user invariant still breaks, 0 when not.</summary>
    public static int Run(UserProfile profile, OpSequence sequence, TextWriter output)
    {
        var run = UserSequenceRunner.Run(profile, sequence.Ops);
        for (var i = 0; i < run.Executed.Count; i++)
            output.WriteLine($"{(i == run.FailingStep ? ">" : " ")} {i,3}  {run.Executed[i]}  => {run.Outcomes.ElementAtOrDefault(i)}");
        if (run.Passed)
        {
            output.WriteLine($"no violation: {run.Executed.Count} operations conform on {profile.Name} ({profile.Era.Display()})");
            return 0;
        }
        output.WriteLine($"violation {run.Broken!.Id}: {run.Broken.Rule.Statement}");
        output.WriteLine($"  expected: {run.Failure!.Expected}");
        output.WriteLine($"  actual:   {run.Failure.Actual}");
        return 1;
    }
}
