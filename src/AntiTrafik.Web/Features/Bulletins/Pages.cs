using AntiTrafik.Domain.Trainings;

namespace AntiTrafik.Web.Features.Bulletins;

/// <summary>The bulletin pages' models: the bulletins the reader sees, and what the reader may do with them.</summary>
public static class Pages
{
    /// <param name="CanPrepare">Whether the reader may prepare a new bulletin (the policy of the page it leads to).</param>
    public sealed record List(IReadOnlyList<Bulletin> Bulletins, bool CanPrepare);

    /// <param name="CanEdit">Whether the reader may edit, gather again and issue this bulletin.</param>
    public sealed record One(Bulletin Bulletin, bool CanEdit);
}
