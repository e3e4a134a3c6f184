using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Loops forever on the first write (kind hang); it sleeps in the loop, so the test does not burn a core.</summary>
public sealed class Hangs(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "hangs0")
{
    private long rounds;

    protected override void Fault()
    {
        while (rounds >= 0)
        {
            rounds = (rounds + 1) & long.MaxValue;
            Thread.Sleep(100);
        }
    }
}
