using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Recurses without end on the first write (a stack overflow kills the process: kind crash).</summary>
public sealed class OverflowsStack(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "deep0")
{
    protected override void Fault() => Depth(0);

    private static int Depth(int n) => Depth(n + 1) + 1;
}
