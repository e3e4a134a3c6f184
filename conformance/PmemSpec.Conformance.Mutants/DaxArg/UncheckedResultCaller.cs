using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>A caller that reads the result's pages without checking for an error first, and so throws on every failure.</summary>
internal sealed class UncheckedResultCaller(IDaxCaller inner) : IDaxCaller
{
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
        inner.DirectAccess(pgoff, nrPages, mode).Value;

    public void Kill() => inner.Kill();
}
