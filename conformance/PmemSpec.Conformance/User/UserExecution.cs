using PmemSpec.Invariants.User;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>One run of a user sequence on a fresh machine and its model, step by step.</summary>
internal sealed class UserExecution
{
    private readonly UserWorld world;
    private readonly IReadOnlyList<UserInvariant> before;
    private readonly IReadOnlyList<UserInvariant> after;

    /// <summary>Builds the machine (the candidate's constructors run here) and seeds the other disk.</summary>
    public UserExecution(UserProfile profile, IReadOnlyList<UserInvariant> invariants)
    {
        world = new UserWorld(profile);
        Model = new UserModel(profile.Facts);
        world.SeedOther(Model.LearnOther);
        var applicable = invariants.Where(i => i.Rule.HoldsIn(profile.Era)).ToList();
        before = [.. applicable.Where(i => !i.AfterStep)];
        after = [.. applicable.Where(i => i.AfterStep)];
    }

    public UserModel Model { get; }

    public Kernel.SimulatedKernel Kernel => world.Kernel;

    /// <summary>Runs one step, checks the invariants before and after the model moves on.</summary>
    public UserStepResult Step(int index, DeviceOp op)
    {
        if (!UserPreconditions.Hold(op, Model, world)) return UserStepResult.Skip;
        if (Guarded(() => Learn(op)) is { } unreadable) return Harness(unreadable, "learning the device's bytes");
        var mark = world.Kernel.Trace.Mark;
        world.Unmapped = null;
        var (outcome, thrown) = Execute(op);
        UserStepView? view = null;
        if (Guarded(() => view = UserObserver.View(world, index, op, outcome, Model, mark, thrown)) is { } unobservable)
            return Harness(unobservable, "reading the machine after the step");
        if (First(before, view!) is { } broken) return broken;
        Model.Apply(op, outcome);
        return First(after, view!) ?? new UserStepResult(false, outcome, null, null);
    }

    private void Learn(DeviceOp op)
    {
        if (Model.Removed) return;
        foreach (var pgoff in UserFootprint.DevicePages(op, Model).Where(p => !Model.Knows(p))) Model.Learn(pgoff, world.ReadDevicePage(pgoff));
    }

    /// <summary>The kit's own block reads and page-table peeks go through the candidate too: if they throw, that is EXC-101, not a crashed kit.</summary>
    private static UserStepResult Harness(Exception e, string what) =>
        new(false, new UserOutcome(UserResultKind.Errno, Errno.EIO), UserInvariantCatalogue.Find("EXC-101"),
            new("an errno or a signal", $"{what} threw {e.GetType().Name}: {e.Message}"));

    private static Exception? Guarded(Action action)
    {
        try
        {
            action();
            return null;
        }
#pragma warning disable CA1031 // Do not catch general exception types — see Harness.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }

    private (UserOutcome, Exception?) Execute(DeviceOp op)
    {
        try
        {
            return (UserExecutor.Run(op, world), null);
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing candidate is a counterexample (EXC-101), not a crashed kit.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (new UserOutcome(UserResultKind.Errno, Errno.EIO), e);
        }
    }

    private static UserStepResult? First(IReadOnlyList<UserInvariant> invariants, UserStepView view)
    {
        foreach (var invariant in invariants)
            if (invariant.Check(view) is { } failure) return new UserStepResult(false, view.Outcome, invariant, failure);
        return null;
    }
}
