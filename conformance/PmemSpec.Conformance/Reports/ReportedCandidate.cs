using PmemSpec.Dax;

namespace PmemSpec.Conformance.Reports;

/// <summary>A candidate as read back from a report.</summary>
/// <param name="Name">The candidate's name.</param>
/// <param name="TypeName">Its device type's full name, or null (a reference profile).</param>
/// <param name="Source">Where it came from (relative path or assembly file name), or null.</param>
/// <param name="Profile">The profile it was checked as.</param>
/// <param name="Era">The era it was checked in.</param>
/// <param name="CapacitySectors">Its size in sectors (what a typed candidate is built with).</param>
/// <param name="PartitionStart">Start sector of the partition checked.</param>
/// <param name="Capabilities">What the kit could do to it beyond I/O and direct_access.</param>
/// <param name="Checked">The invariant IDs checked for it.</param>
/// <param name="Violation">The violation found, or null when it conformed.</param>
public sealed record ReportedCandidate(string Name, string? TypeName, string? Source, string Profile, Era Era,
    long CapacitySectors, long PartitionStart, ProfileCapabilities Capabilities, IReadOnlyList<string> Checked, ReportedViolation? Violation)
{
    /// <summary>True when the report found no violation.</summary>
    public bool Conforms => Violation is null;
}
