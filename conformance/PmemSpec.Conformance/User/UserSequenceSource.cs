using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Conformance.Runner;
using PmemSpec.Generators.User;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>
/// User sequence i of a run, drawn from the generator for the configuration's facts with the seed
/// <see cref="RunOptions.SequenceSeed"/> gives it. Needs only the facts, so the kit regenerates the
/// sequence a candidate's child process died in without running candidate code.
/// </summary>
internal sealed class UserSequenceSource(UserFacts facts, RunOptions options)
{
    private readonly Gen<OpSequence> gen = UserSequenceGen.For(facts, options.MaxOps);

    public IReadOnlyList<DeviceOp> Ops(int index) => gen.Sample(1, new Rnd(options.SequenceSeed(index)), options.MaxOps)[0].Ops;
}
