using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Throws on every write (EXC-001, kind crash).</summary>
public sealed class Throws(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "throws0")
{
    protected override void Fault() => throw new InvalidOperationException("the write path is not written yet");
}
