using PmemSpec.Dax;

namespace PmemSpec.Conformance.Runner;

/// <summary>The spec's wrapper as the caller.</summary>
internal sealed class HandleCaller(DaxHandle handle) : IDaxCaller
{
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) => handle.DirectAccess(pgoff, nrPages, mode);

    public void Kill() => handle.Kill();
}
