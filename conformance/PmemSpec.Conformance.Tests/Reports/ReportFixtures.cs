using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.TestAssets;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reports;

/// <summary>Fixed-seed runs the report tests share: a known mutant next to a conforming reference driver, and a conforming run alone.</summary>
internal static class ReportFixtures
{
    public const string KitVersion = "0.0.0-test";

    public static RunOptions Options { get; } = new(Seed: 7, Sequences: 20, MaxOps: 30);

    public static DeviceProfile Mutant { get; } = new("two-page-brd", Era.V4_12, 2048, "brd that reports two pages", k => new TwoPageBrd(k, 2048));

    public static CandidateResult MutantResult() => CandidateResult.For("TwoPageBrd", Mutant, ConformanceRunner.Check(Mutant, Options), Options) with
    {
        TypeName = typeof(TwoPageBrd).FullName,
        Source = "TestAssets/TwoPageBrd.cs",
    };

    public static CandidateResult ReferenceResult(string name)
    {
        var profile = ReferenceProfiles.Find(name)!;
        return CandidateResult.For(name, profile, ConformanceRunner.Check(profile, Options), Options);
    }

    /// <summary>The mutant and the reference pmem, checked afresh (each call runs them again).</summary>
    public static CheckReport Violating() => new(KitVersion, Options, null, [ReferenceResult("pmem"), MutantResult()]);

    /// <summary>Two reference drivers, both conforming, checked afresh.</summary>
    public static CheckReport Conforming() => new(KitVersion, Options, null, [ReferenceResult("pmem"), ReferenceResult("brd-v4.12")]);
}
