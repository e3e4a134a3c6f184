namespace PmemSpec.Kernel;

/// <summary>The kernel rules broken so far; each is also a <see cref="KernelEventKind.Violation"/> in the trace.</summary>
/// <remarks>Context: any; never sleeps.</remarks>
public sealed class ViolationLog
{
    private readonly EventTrace trace;
    private readonly List<KernelViolation> violations = [];

    internal ViolationLog(EventTrace trace) => this.trace = trace;

    /// <summary>Every violation so far, oldest first.</summary>
    public IReadOnlyList<KernelViolation> All => violations;

    /// <summary>Records a broken rule; the caller carries on, as the kernel does after a WARN.</summary>
    public KernelViolation Report(string rule, string message)
    {
        var e = trace.Record(KernelEventKind.Violation, $"{rule}: {message}");
        var v = new KernelViolation(e.Seq, rule, message);
        violations.Add(v);
        return v;
    }

    /// <summary>The violations at or after trace position <paramref name="mark"/>.</summary>
    public IEnumerable<KernelViolation> Since(long mark) => violations.Where(v => v.Seq >= mark);
}
