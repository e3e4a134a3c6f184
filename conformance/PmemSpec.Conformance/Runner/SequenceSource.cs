using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// Sequence i of a run: drawn from the profile's generator with the seed <see cref="RunOptions.SequenceSeed"/>
/// gives it. The same on both sides of the isolation boundary, so the kit can regenerate the
/// sequence a child process died in.
/// </summary>
internal sealed class SequenceSource
{
    private readonly Gen<OpSequence> gen;
    private readonly RunOptions options;

    public SequenceSource(DeviceProfile profile, DaxTraits traits, RunOptions options)
    {
        gen = SequenceGen.For(profile, traits, options.MaxOps);
        this.options = options;
    }

    public IReadOnlyList<DeviceOp> Ops(int index) => gen.Sample(1, new Rnd(options.SequenceSeed(index)), options.MaxOps)[0].Ops;
}
