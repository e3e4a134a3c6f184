using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// The structural rule every generated sequence keeps and shrinking must not break: a StoreViaDax or
/// LoadViaDax names a page that an earlier direct_access covered, with no RemoveDevice in between.
/// </summary>
internal static class DaxWellFormedness
{
    /// <summary>True when every DAX load and store in <paramref name="ops"/> has a covering direct_access before it.</summary>
    public static bool Holds(IReadOnlyList<DeviceOp> ops)
    {
        var covered = new List<DirectAccessOp>();
        foreach (var op in ops)
        {
            switch (op)
            {
                case DirectAccessOp a:
                    covered.Add(a);
                    break;
                case RemoveDeviceOp:
                    covered.Clear();
                    break;
                case StoreViaDaxOp s when !Covers(covered, s.Pgoff):
                case LoadViaDaxOp l when !Covers(covered, l.Pgoff):
                    return false;
            }
        }
        return true;
    }

    private static bool Covers(List<DirectAccessOp> calls, long page) =>
        calls.Exists(a => a.Pgoff <= page && page < a.Pgoff + a.Pages);
}
