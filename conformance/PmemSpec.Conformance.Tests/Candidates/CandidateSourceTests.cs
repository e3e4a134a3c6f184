using PmemSpec.Conformance.Candidates;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Tests.Candidates;

public class CandidateSourceTests
{
    [Fact]
    public void Load_SourceFile_FindsThePluginType_WithDefaults()
    {
        var load = CandidateSource.Load(Assets.Path("pair/Linear.cs"));

        Assert.True(load.Succeeded, string.Join('\n', load.Errors));
        var candidate = Assert.Single(load.Candidates);
        Assert.Equal(new CandidateType("LinearDriver", "Candidates.Pair.LinearDriver", true, null, 2048, ProfileCapabilities.None), candidate);
        Assert.Equal(Era.V6_1, candidate.EraFor(null));
        Assert.False(load.Image!.Compiled.IsEmpty);
    }

    [Fact]
    public void Load_Folder_FindsEveryCandidate_AndSkipsTheAbstractBase()
    {
        var load = CandidateSource.Load(Assets.Path("faults"));

        Assert.True(load.Succeeded, string.Join('\n', load.Errors));
        Assert.Equal(["ExhaustsMemory", "Exits", "ExitsWhenBuilt", "Hangs", "HoardsOnAThread", "OverflowsStack", "Throws"], load.Candidates.Select(c => c.Name));
    }

    [Fact]
    public void Load_NonCompilingSource_ReportsEachError_AsFileLineColumn_WithThePathAsGiven()
    {
        var path = Assets.Path("bad/DoesNotCompile.cs");

        var load = CandidateSource.Load(path);

        Assert.False(load.Succeeded);
        Assert.Contains(load.Errors, e => e.StartsWith($"{path}(7,31): error CS0029: Cannot implicitly convert type 'int' to 'string'", StringComparison.Ordinal));
        Assert.Contains(load.Errors, e => e.StartsWith($"{path}(5,38): error CS0535: ", StringComparison.Ordinal));
        Assert.Equal($"{path} does not compile (10 errors)", load.Errors[^1]);
    }

    [Fact]
    public void Load_WithoutPluginType_SaysWhatItLookedFor()
    {
        var load = CandidateSource.Load(Assets.Path("bad/NoPluginType.cs"));

        var error = Assert.Single(load.Errors);
        Assert.StartsWith($"no plug-in type in {Assets.Path("bad/NoPluginType.cs")}: expected a public, non-abstract class implementing PmemSpec.Dax.IDaxDevice", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConstructorTheKitCannotCall_NamesTheConstructorsItFound()
    {
        var load = CandidateSource.Load(Assets.Path("bad/WantsAName.cs"));

        Assert.Equal(["WantsAName implements IDaxDevice but has no public constructor (SimulatedKernel) or (SimulatedKernel, long); found: (string)"], load.Errors);
    }

    [Fact]
    public void Load_FaultHandlerSource_FindsEachRawBlockDaxLayer_AsAFaultHandler()
    {
        var load = CandidateSource.Load(Assets.Path("handler"));

        Assert.True(load.Succeeded, string.Join('\n', load.Errors));
        Assert.Equal(["FaultHandler", "PtlHeldHandler"], load.Candidates.Select(c => c.Name));
        Assert.All(load.Candidates, c => Assert.Equal(CandidateContract.FaultHandler, c.Contract));
        Assert.Equal(["FaultHandler/user-brd", "FaultHandler/user-pmem", "FaultHandler/user-pmem-raw", "FaultHandler/user-dcss"],
            CandidateSuite.For(load.Candidates[0]).Select(s => s.Name));
    }

    [Fact]
    public void Load_FaultHandlerTheKitCannotBuild_NamesTheConstructorItWants()
    {
        var load = CandidateSource.Load(Assets.Path("bad/HandlerWithoutConstructor.cs"));

        Assert.Equal(["HandlerWithoutConstructor implements IRawBlockDaxDevice but has no public constructor (IMm, Partition); found: (string)"], load.Errors);
    }

    [Fact]
    public void Load_FaultHandlerDeclaredForAnEraWithoutRawBdevDax_IsRefused()
    {
        var load = CandidateSource.Load(Assets.Path("bad/HandlerForV61.cs"));

        Assert.Equal(["HandlerForV61: a raw block-device DAX layer exists only in v4.6 (domain §8), but [DaxCandidate] declares 6.1"], load.Errors);
    }

    [Fact]
    public void Load_DriverWithADeclaredCapacity_KeepsItUnderTheRawBdevLayer_ElseUsesSixteenPages()
    {
        var linear = Assert.Single(CandidateSource.Load(Assets.Path("pair/Linear.cs")).Candidates);

        Assert.Equal(128, linear.UserCapacitySectors);
        Assert.Equal(4096, (linear with { CapacitySectors = 4096, CapacityDeclared = true }).UserCapacitySectors);
    }

    [Fact]
    public void Load_MissingPath_SaysSo()
    {
        Assert.Equal(["no such file or folder: no/such/driver.cs"], CandidateSource.Load("no/such/driver.cs").Errors);
    }

    [Fact]
    public void Load_CompiledAssembly_FindsTheSameTypes_WithoutCompiling()
    {
        var dll = System.IO.Path.Combine(Directory.CreateTempSubdirectory("pmemspec-test-").FullName, "faults.dll");
        File.WriteAllBytes(dll, CandidateSource.Load(Assets.Path("faults")).Image!.Compiled.ToArray());

        var load = CandidateSource.Load(dll);

        Assert.True(load.Succeeded, string.Join('\n', load.Errors));
        Assert.Equal(dll, load.Image!.FilePath);
        Assert.Equal(7, load.Candidates.Count);
    }

    [Fact]
    public void Load_ReadsTheDaxCandidateAttribute_AndTheKernelOnlyConstructor()
    {
        var file = System.IO.Path.Combine(Directory.CreateTempSubdirectory("pmemspec-test-").FullName, "Declared.cs");
        var linear = File.ReadAllText(Assets.Path("pair/Linear.cs"));
        File.WriteAllText(file, linear
            .Replace("public sealed class LinearDriver", "[DaxCandidate(Era = Era.V4_9, CapacitySectors = 4096, Capabilities = ProfileCapabilities.Removal)]\npublic sealed class LinearDriver", StringComparison.Ordinal)
            .Replace("public LinearDriver(SimulatedKernel kernel, long capacitySectors)", "public LinearDriver(SimulatedKernel kernel, long capacitySectors = 4096)", StringComparison.Ordinal)
            .Replace("    private readonly DevicePagemap map;", "    private readonly DevicePagemap map;\n\n    public LinearDriver(SimulatedKernel kernel) : this(kernel, 4096) { }", StringComparison.Ordinal));

        var candidate = Assert.Single(CandidateSource.Load(file).Candidates);

        Assert.Equal(Era.V4_9, candidate.EraFor(null));
        Assert.Equal(Era.V6_1, candidate.EraFor(Era.V6_1));
        Assert.Equal((4096L, ProfileCapabilities.Removal, true), (candidate.CapacitySectors, candidate.Capabilities, candidate.TakesCapacity));
    }
}
