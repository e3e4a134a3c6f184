using System.Text.Json.Nodes;
using PmemSpec.Conformance.Reports;

namespace PmemSpec.Conformance.Tests.Reports;

/// <summary>Corrupt report JSON: every error names the file and what is wrong (the CLI turns it into exit 2).</summary>
public class JsonReportReadTests
{
    private const string File = "run/report.json";

    private static readonly string Valid = JsonReport.Write(ReportFixtures.Violating());

    private static string Edit(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Violation(JsonObject root) => root["candidates"]![1]!["violation"]!.AsObject();

    private static string ErrorOf(string json) => Assert.Throws<ReportFormatException>(() => JsonReport.Parse(json, File)).Message;

    [Fact]
    public void Read_OfInvalidJson_NamesTheLineAndByte()
    {
        var message = ErrorOf("{\n  \"schema\": \"pmemspec-report/1\",\n  \"kit\": oops\n}");

        Assert.StartsWith("run/report.json: not valid JSON at line 3, byte 10", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfTruncatedJson_IsInvalidJson() =>
        Assert.StartsWith("run/report.json: not valid JSON at line", ErrorOf(Valid[..(Valid.Length / 2)]), StringComparison.Ordinal);

    [Fact]
    public void Read_WithoutSchema_SaysWhichSchemaIsExpected() =>
        Assert.Equal("run/report.json: no 'schema' field; expected \"pmemspec-report/1\"", ErrorOf(Edit(r => r.Remove("schema"))));

    [Fact]
    public void Read_OfAnotherSchema_NamesIt() =>
        Assert.Equal("run/report.json: schema 'pmemspec-report/2' is not supported; this kit reads \"pmemspec-report/1\"",
            ErrorOf(Edit(r => r["schema"] = "pmemspec-report/2")));

    [Fact]
    public void Read_OfAnArray_SaysAnObjectWasExpected() =>
        Assert.Equal("run/report.json: expected a JSON object with a 'schema' field", ErrorOf("[]"));

    [Fact]
    public void Read_WithAMissingField_NamesTheFieldAndWhereItIsMissing() =>
        Assert.Equal("run/report.json: candidates[1].violation: missing field 'invariant'", ErrorOf(Edit(r => Violation(r).Remove("invariant"))));

    [Fact]
    public void Read_WithAFieldOfTheWrongType_NamesTheFieldAndBothTypes() =>
        Assert.Equal("run/report.json: run.seed: expected a number, found a string", ErrorOf(Edit(r => r["run"]!["seed"] = "7")));

    [Fact]
    public void Read_WithAnUnparseableSequenceLine_NamesTheLine()
    {
        var message = ErrorOf(Edit(r => Violation(r)["sequence"]![4] = "DirectAccess(pgoff=zero)"));

        Assert.StartsWith("run/report.json: candidates[1].violation.sequence line 5: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithAnUnknownEra_NamesIt() =>
        Assert.Equal("run/report.json: candidates[0].era: unknown era '9.9'", ErrorOf(Edit(r => r["candidates"]![0]!["era"] = "9.9")));

    [Fact]
    public void Read_WithAnUnknownKind_ListsTheKnownOnes() =>
        Assert.Equal("run/report.json: candidates[1].violation.kind: unknown kind 'oops' (known: violation, crash, hang, exit, out-of-memory, exception)",
            ErrorOf(Edit(r => Violation(r)["kind"] = "oops")));

    [Fact]
    public void Read_WithAnUnknownCapability_ListsTheKnownOnes() =>
        Assert.Equal("run/report.json: candidates[0].capabilities: unknown capability 'Teleport' (known: Badblocks, Removal, PageGranularIo)",
            ErrorOf(Edit(r => r["candidates"]![0]!["capabilities"]![0] = "Teleport")));

    [Fact]
    public void Read_OfAMissingFile_NamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pmemspec-missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<ReportFormatException>(() => JsonReport.Read(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}: cannot read the file", error.Message, StringComparison.Ordinal);
    }
}
