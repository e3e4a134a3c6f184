using PmemSpec.Operations;

namespace PmemSpec.Model;

/// <summary>Applying an observed step to the model (after the invariants were checked against it).</summary>
public sealed partial class DeviceModel
{
    /// <summary>Moves the model forward by what the operation did; a failed operation changes nothing unless its failure may be partial.</summary>
    public void Apply(DeviceOp op, OpOutcome outcome)
    {
        switch (op)
        {
            case ReadOp r when outcome.IsOk: Learn(r.Sector, outcome.Data!); break;
            case WriteOp w: ApplyWrite(w, outcome); break;
            case DiscardOp d when outcome.IsOk: ApplyDiscard(d); break;
            case DirectAccessOp a when outcome.IsOk: ApplyDirectAccess(a, outcome.Dax!.Value); break;
            case StoreViaDaxOp s when outcome.IsOk: ApplyStore(s); break;
            case PopulateOp when outcome.IsOk: Populated = true; break;
            case MemoryPressureOp p: Pressure = p.On; break;
            case MediaErrorOp m: for (var s = m.Sector; s < m.Sector + m.Sectors; s++) bad.Add(s); break;
            case RemoveDeviceOp: Removed = true; mappings.Clear(); break;
        }
    }

    private void Learn(long start, byte[] data)
    {
        for (var i = 0; i < data.Length / Units.SectorSize; i++)
        {
            var value = Sector(start + i);
            if (value.Possible.Count > 1)
                sectors[start + i] = SectorValue.Exactly(data.AsSpan(i * Units.SectorSize, Units.SectorSize).ToArray(), value.Origin);
        }
    }

    private void ApplyWrite(WriteOp w, OpOutcome outcome)
    {
        var partial = !outcome.IsOk && outcome.Error is Errno.ENOSPC or Errno.ENOMEM;
        if (!outcome.IsOk && !partial) return;
        var data = SeededBytes.Of(w.Seed, (int)w.Sectors * Units.SectorSize);
        for (var i = 0; i < w.Sectors; i++)
        {
            var bytes = data.Slice(i * Units.SectorSize, Units.SectorSize).ToArray();
            sectors[w.Sector + i] = partial ? Sector(w.Sector + i).OrElse(bytes, SectorOrigin.FailedWrite) : SectorValue.Exactly(bytes, SectorOrigin.BlockWrite);
        }
        foreach (var page in DiskPages(w.Sector, w.Sectors))
            if (Allocation(page) != PageAllocation.Present) allocation[page] = partial ? PageAllocation.Unknown : PageAllocation.Present;
        if (!partial && IsBad(w.Sector, w.Sectors)) bad.RemoveWhere(s => s >= w.Sector && s < w.Sector + w.Sectors);
    }

    private void ApplyDiscard(DiscardOp d)
    {
        var zeros = new byte[Units.SectorSize];
        foreach (var page in DiskPages(d.Sector, d.Sectors))
        {
            var first = (page * Units.SectorsPerPage) - Facts.PartitionStart;
            // brd before v4.9 walks whole-page steps from an unaligned start, so only an aligned
            // discard pins down which pages end up zero (§2.3).
            var whole = d.Sector % Units.SectorsPerPage == 0 && first >= d.Sector && first + Units.SectorsPerPage <= d.Sector + d.Sectors;
            for (var s = first; s < first + Units.SectorsPerPage; s++)
                sectors[s] = whole ? SectorValue.Discarded() : Sector(s).OrElse(zeros, SectorOrigin.Discard);
            mappings.Remove(first / Units.SectorsPerPage);
        }
    }

    private void ApplyDirectAccess(DirectAccessOp a, Dax.DirectAccessResult r)
    {
        if (Facts.IsLazy) allocation[Facts.DiskPage(a.Pgoff * Units.SectorsPerPage)] = PageAllocation.Present;
        for (var i = 0; i < r.Pages; i++)
            mappings.TryAdd(a.Pgoff + i, new DaxMapping(r.Kaddr + (i * Units.PageSize), r.Pfn.Add(i)));
    }

    private void ApplyStore(StoreViaDaxOp s)
    {
        var data = SeededBytes.Of(s.Seed, s.Length);
        for (var done = 0; done < s.Length;)
        {
            var at = s.Offset + done;
            var sector = (s.Pgoff * Units.SectorsPerPage) + (at / Units.SectorSize);
            var inSector = at % Units.SectorSize;
            var n = Math.Min(s.Length - done, Units.SectorSize - inSector);
            sectors[sector] = Sector(sector).Patched(inSector, data.Slice(done, n), SectorOrigin.DaxStore);
            done += n;
        }
    }
}
