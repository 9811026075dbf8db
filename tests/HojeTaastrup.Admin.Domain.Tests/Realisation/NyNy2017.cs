using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Tests.Realisation;

// Seed 004 in small: "Nye Rammer – Ny Administration", target 3,1 mio. kr. in 2017 and 13,4 mio. kr. in 2020.
//
//   year   target   planned (locked at adoption)             realised              cover measure
//   2017    3,1     A 1,7                                     A 1,7                 hiring freeze 1,4 (own figure)
//   2020   13,4     A 12 + B 1,4 (B uncertain)                forecast A 14, B 1,8  —
//
// Over-realisation: forecast 15,8 in 2020 is 2,4 mio. kr. above the target.
internal static class NyNy2017
{
    public static readonly DateTimeOffset Adopted = new(2017, 3, 9, 12, 0, 0, TimeSpan.Zero);

    public static SavingsProgramme Programme() => new(
        "Nye Rammer – Ny Administration",
        null,
        2017,
        2020,
        [new YearTarget(2017, Mio(3.1m)), new YearTarget(2020, Mio(13.4m))],
        []);

    public static SavingsProposal Proposal(SavingsProgramme programme, string number, SavingsStatus status, params YearAmount[] amounts)
    {
        var proposal = new SavingsProposal(
            programme,
            new ProposalContent(number, $"Forslag {number}", string.Empty, "ØAC", "Økonomi", null, SavingsCategory.Administration, null, amounts, []));
        var path = status switch
        {
            SavingsStatus.Draft => Array.Empty<SavingsStatus>(),
            SavingsStatus.InHearing => [SavingsStatus.InHearing],
            _ => [SavingsStatus.InHearing, SavingsStatus.Adopted],
        };
        foreach (var step in path)
        {
            proposal.ChangeStatus(step, null, Adopted, "direktør");
        }

        return proposal;
    }

    public static Money Mio(decimal millions) => Money.FromMillions(millions);

    public static ProposalRealisationSource Source(
        SavingsProposal proposal, ProposalRealisation realisation, params (int Year, decimal Mio)[] realised) =>
        new(proposal.Id, proposal.Number, proposal.Title, realisation.Planned, realisation.Forecasts,
            realised.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => Money.Sum(g.Select(r => Mio(r.Mio)))));
}
