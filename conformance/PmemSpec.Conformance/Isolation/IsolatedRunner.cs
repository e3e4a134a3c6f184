using System.Diagnostics;
using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// Checks candidates each in child processes (started with a <see cref="WorkerLaunch"/>) under
/// <see cref="IsolationLimits"/>: a candidate that throws, hangs, overflows its stack, exits or runs
/// out of memory yields a counterexample with its kind and a minimal sequence; the kit goes on.
/// </summary>
public sealed class IsolatedRunner : IDisposable
{
    private readonly IsolationLimits limits;
    private readonly WorkerLaunch launch;
    private readonly string folder;
    private readonly string assembly;

    /// <summary>Prepares a scratch folder (the compiled image and request files live there until <see cref="Dispose"/>).</summary>
    public IsolatedRunner(CandidateImage image, IsolationLimits limits, WorkerLaunch launch)
    {
        this.limits = limits;
        this.launch = launch;
        folder = Directory.CreateTempSubdirectory("pmemspec-").FullName;
        assembly = image.FilePath ?? Path.Combine(folder, "pmemspec.candidate.dll");
        if (image.FilePath is null) File.WriteAllBytes(assembly, image.Compiled.ToArray());
    }

    /// <summary>Checks one candidate's device suite in <paramref name="era"/> (null: the candidate's own or the default).</summary>
    public CandidateReport Check(CandidateType candidate, RunOptions options, Era? era = null) =>
        Check(new CandidateSuite(candidate, false, null), options, era);

    /// <summary>
    /// Runs one suite of a candidate in <paramref name="era"/> (null: the candidate's own or the
    /// default; a user-level suite runs in v4.6); <paramref name="observer"/> hears of every sequence
    /// the worker starts (not of the fresh processes that shrink a fault).
    /// </summary>
    public CandidateReport Check(CandidateSuite suite, RunOptions options, Era? era = null, SequenceObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var watch = Stopwatch.StartNew();
        var request = Request(suite, options, era);
        var outcome = WorkerRun.Execute(launch, request, limits, folder, observer);
        if (outcome.FaultKind is null)
        {
            var result = outcome.Result!;
            return new CandidateReport(suite.Name, request.Era, result.Sequences ?? 0, result.Operations ?? 0, watch.Elapsed, InProcess(result))
            {
                DevmapEntries = outcome.DevmapEntries,
                NotApplicable = result.NotApplicable,
            };
        }
        var fault = Minimal(request, options, outcome);
        return new CandidateReport(suite.Name, request.Era, Math.Max(0, outcome.Index) + 1, outcome.Operations, watch.Elapsed, fault)
        {
            DevmapEntries = outcome.DevmapEntries,
        };
    }

    /// <summary>Runs one sequence on a candidate's device suite in a child process: the failure it gives (not shrunk), or null when it conforms.</summary>
    public IsolatedCounterexample? Replay(CandidateType candidate, OpSequence sequence, Era? era = null) =>
        Replay(new CandidateSuite(candidate, false, null), sequence, era);

    /// <summary>Runs one sequence on one suite of a candidate in a child process: the failure it gives (not shrunk), or null when it conforms.</summary>
    public IsolatedCounterexample? Replay(CandidateSuite suite, OpSequence sequence, Era? era = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(sequence);
        var request = Request(suite, new RunOptions(), sequence.Era ?? era);
        var outcome = Rerun(request, sequence.Ops);
        return outcome.FaultKind is { } kind
            ? new IsolatedCounterexample(kind, sequence with { Profile = suite.Name, Era = request.Era }, sequence.Ops.Count, outcome.FaultDetail, null)
            : InProcess(outcome.Result!);
    }

    private WorkerRequest Request(CandidateSuite suite, RunOptions options, Era? era)
    {
        var candidate = suite.Candidate;
        return new(assembly, candidate.TypeName, suite.Name, candidate.TakesCapacity, suite.UserLevel ? candidate.UserCapacitySectors : candidate.CapacitySectors,
            suite.EraFor(era), candidate.Capabilities, options.Seed, options.Sequences, options.MaxOps, options.Invariants ?? [], null)
        {
            ShardIndex = options.ShardIndex,
            ShardCount = options.ShardCount,
            TimeBudgetSeconds = options.TimeBudget?.TotalSeconds,
            Contract = candidate.Contract,
            UserLevel = suite.UserLevel,
            Over = suite.Over?.Name,
        };
    }

    private static IsolatedCounterexample? InProcess(WorkerMessage result)
    {
        if (result.Counterexample?.ToCounterexample() is not { } cx) return null;
        return new IsolatedCounterexample(result.Kind!, cx.Sequence, cx.OriginalLength, $"{cx.Invariant.Id} {cx.Invariant.Statement}", cx);
    }

    private IsolatedCounterexample Minimal(WorkerRequest request, RunOptions options, WorkerOutcome outcome)
    {
        var kind = outcome.FaultKind!;
        if (outcome.Index < 0 || outcome.Traits is not { } traits)
            return new IsolatedCounterexample(kind, new OpSequence(request.Name, request.Era, null, []), 0, outcome.FaultDetail, null);
        var ops = Regenerate(request, options, outcome, traits);
        var shrinker = new FaultShrinker(o => Rerun(request, o), kind, limits.ShrinkRuns);
        var (minimal, reproduced) = shrinker.Shrink(ops);
        var detail = reproduced ? shrinker.Detail ?? outcome.FaultDetail
            : outcome.FaultDetail + "; a fresh process running this sequence alone did not fail the same way (it depends on earlier sequences), so it is not shrunk";
        return new IsolatedCounterexample(kind, new OpSequence(request.Name, request.Era, options.SequenceSeed(outcome.Index), minimal), ops.Count, detail, null);
    }

    /// <summary>The sequence the worker was running when it failed, drawn again from the same generator and seed.</summary>
    private static IReadOnlyList<DeviceOp> Regenerate(WorkerRequest request, RunOptions options, WorkerOutcome outcome, PmemSpec.Dax.DaxTraits traits) =>
        request.UserLevel
            ? new UserSequenceSource(CandidateUserProfile.Generating(request, outcome.CapacitySectors, outcome.DevmapEntries).Facts, options).Ops(outcome.Index)
            : new SequenceSource(CandidateProfile.Generating(request, outcome.CapacitySectors), traits, options).Ops(outcome.Index);

    private WorkerOutcome Rerun(WorkerRequest request, IReadOnlyList<DeviceOp> ops) =>
        WorkerRun.Execute(launch, request with { Replay = SequenceText.Format(new OpSequence(request.Name, request.Era, null, ops)) }, limits, folder);

    /// <summary>Deletes the scratch folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A worker still holding a file: the temp folder is cleaned by the system.
        }
    }
}
