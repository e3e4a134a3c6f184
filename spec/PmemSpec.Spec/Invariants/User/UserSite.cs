using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Invariants.User;

/// <summary>Where in a mapping a user step acts: the process, the mapping and the page, and whether it writes the page.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Writes">The step writes the mapping's page (store, ptrace write, O_DIRECT read into it).</param>
internal readonly record struct UserSite(int Proc, int Map, long Page, bool Writes)
{
    /// <summary>The site of a step that touches one page of a mapping, or null.</summary>
    public static UserSite? Of(DeviceOp op) => op switch
    {
        LoadOp l => new(l.Proc, l.Map, l.Page, false),
        StoreOp s => new(s.Proc, s.Map, s.Page, true),
        PtraceReadOp r => new(r.Proc, r.Map, r.Page, false),
        PtraceWriteOp w => new(w.Proc, w.Map, w.Page, true),
        DirectIoReadOp r => new(r.Proc, r.Map, r.Page, true),
        DirectIoWriteOp w => new(w.Proc, w.Map, w.Page, false),
        _ => null,
    };

    /// <summary>The mapping in the model, or null.</summary>
    public ModelMapping? Mapping(UserModel model) => model.Mapping(Proc, Map);

    /// <summary>The device page behind the site, or -1 without a mapping.</summary>
    public long Pgoff(UserModel model) => Mapping(model)?.PgoffOf(Page) ?? -1;

    /// <summary>True when the mapping's protection allows the access.</summary>
    public bool Allowed(UserModel model) => Mapping(model) is { } m && (!Writes || m.Writable);

    /// <summary>True when the site's page is, or may be, the process's own private copy.</summary>
    public bool Copied(UserModel model) => Mapping(model)?.MayBeCopied(Page) == true;

    /// <summary>
    /// True when the access reaches the device page itself: through a shared mapping, or a private
    /// page not yet copied that the access does not write (a write to a private page, get_user_pages
    /// with FOLL_WRITE included, breaks copy-on-write into an anonymous page first).
    /// </summary>
    public bool OnDevice(UserModel model) => Mapping(model) is { } m && (m.Shared || (!Copied(model) && !Writes));

    /// <summary>True when the access must complete: allowed, and the page live, in range, unpoisoned, memory not short.</summary>
    public bool MustComplete(UserModel model) => Allowed(model) && model.MustComplete(Pgoff(model));
}
