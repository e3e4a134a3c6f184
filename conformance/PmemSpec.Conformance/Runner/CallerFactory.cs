using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Runner;

/// <summary>Builds the direct_access caller for one execution (a mutant wrapper, or null for the spec's own).</summary>
public delegate IDaxCaller CallerFactory(SimulatedKernel kernel, Partition bdev);
