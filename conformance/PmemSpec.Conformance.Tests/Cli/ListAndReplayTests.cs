using System.Text.Json;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Conformance.Tests.Cli;

public sealed class ListAndReplayTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pmemspec-replay-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Save(string text)
    {
        var path = Path.Combine(dir, "seq.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void List_PrintsOneLinePerInvariant_WithASource()
    {
        var (exit, output, _) = CheckCommandTests.Run("list");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(InvariantCatalogue.All.Count + UserInvariantCatalogue.All.Count, lines.Length);
        Assert.True(lines.Length >= 30);
        Assert.All(lines, l => Assert.Matches(@"^[A-Z]+-\d{3} +[A-Z]+ +\S+ +.+\[.+\]$", l));
    }

    [Fact]
    public void List_Json_HasEveryInvariantWithItsFields()
    {
        var (exit, output, _) = CheckCommandTests.Run("list", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(InvariantCatalogue.All.Count + UserInvariantCatalogue.All.Count, doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("source").GetString())));
    }

    [Fact]
    public void Replay_OfAViolatingSequence_ExitsOne_AndNamesTheInvariant()
    {
        var path = Save("# pmemspec sequence v1\nprofile: brd\nWrite(sector=0, sectors=8, seed=1)\nDirectAccess(pgoff=0, pages=1, ctx=Atomic)\n");

        var (exit, output, _) = CheckCommandTests.Run("replay", path);

        Assert.Equal(1, exit);
        Assert.Contains("violation SLEEP-003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAConformingSequence_ExitsZero()
    {
        var path = Save("profile: pmem\nWrite(sector=0, sectors=8, seed=1)\nDirectAccess(pgoff=0, pages=2, ctx=Atomic)\nLoadViaDax(pgoff=0, offset=0, len=64)\n");

        var (exit, output, _) = CheckCommandTests.Run("replay", path);

        Assert.Equal(0, exit);
        Assert.Contains("no violation: 3 operations conform", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAMalformedLine_ExitsTwo_NamingFileAndLine()
    {
        var path = Save("profile: pmem\nWrite(sector=0, sectors=8, seed=1)\nWrite(sector=zero)\n");

        var (exit, _, error) = CheckCommandTests.Run("replay", path);

        Assert.Equal(2, exit);
        Assert.Contains("seq.txt:3:", error, StringComparison.Ordinal);
        Assert.Contains("'sector' must be an integer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithoutProfile_ExitsTwo()
    {
        var path = Save("Flush()\n");

        var (exit, _, error) = CheckCommandTests.Run("replay", path);

        Assert.Equal(2, exit);
        Assert.Contains("no 'profile:' header", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAUserSequence_RunsItBehindRawBlockDax()
    {
        var path = Save("profile: user-pmem-raw\nMmap(proc=0, map=1, pgoff=0, pages=4, shared=true, writable=true)\nPin(proc=0, map=1, page=3, pages=1, write=true, pin=2)\n");

        var (exit, output, _) = CheckCommandTests.Run("replay", path);

        Assert.Equal(0, exit);
        Assert.Contains("no violation: 2 operations conform on user-pmem-raw (4.6)", output, StringComparison.Ordinal);
    }
}
