namespace PmemSpec.Conformance.Reports;

/// <summary>How a counterexample showed itself: an invariant the runner checked, or a fault the isolation host saw.</summary>
/// <remarks>Reports spell these in kebab case (<c>violation</c>, <c>out-of-memory</c>).</remarks>
public enum CounterexampleKind
{
    /// <summary>A step broke an invariant (the runner's own finding).</summary>
    Violation,
    /// <summary>The candidate's process crashed.</summary>
    Crash,
    /// <summary>The candidate did not finish a step in time.</summary>
    Hang,
    /// <summary>The candidate exited its process.</summary>
    Exit,
    /// <summary>The candidate ran out of memory.</summary>
    OutOfMemory,
    /// <summary>The candidate threw an exception the host could not attribute to a step.</summary>
    Exception,
}
