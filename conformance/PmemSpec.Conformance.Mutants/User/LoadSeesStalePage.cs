using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-101: loads served from a stale copy of each page taken at its first load, as a TLB flushed only when the entry goes would: later pwrites and stores through the live entry are not seen.</summary>
internal sealed class LoadSeesStalePage(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    private readonly Dictionary<ulong, byte[]> seen = [];

    public override AccessResult Load(UserAddress at, Span<byte> destination)
    {
        if (Pte(at) is null) seen.Remove(at.Vpn);
        if (!seen.TryGetValue(at.Vpn, out var page))
        {
            page = new byte[Units.PageSize];
            var first = base.Load(UserAddress.OfPage(at.Vpn), page);
            if (!first.IsOk) return first;
            seen[at.Vpn] = page;
        }
        page.AsSpan(at.PageOffset, destination.Length).CopyTo(destination);
        return AccessResult.Ok(at);
    }
}
