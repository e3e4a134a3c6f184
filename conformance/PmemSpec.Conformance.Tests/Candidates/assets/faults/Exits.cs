using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Ends the process on the first write (kind exit).</summary>
public sealed class Exits(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "exits0")
{
    protected override void Fault() => Environment.Exit(3);
}
