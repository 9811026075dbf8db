using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Hearings.MedHearing2010;

namespace HojeTaastrup.Admin.Domain.Tests.Hearings;

public class HearingNoteTests
{
    private static readonly DateTimeOffset Open = At(2026, 3, 24, 10, 0, +1);

    [Fact]
    public void Build_OrdersProposalsAsGiven_CommitteesByLevelThenName_GeneralLast_ThenThoseWithoutAnswer()
    {
        var hearing = Build();
        var responses = new List<HearingResponse>
        {
            Answer(hearing, Cai, A, "CAI om A"),
            Answer(hearing, Chp, A, "CHP om A"),
            Answer(hearing, Hoved, B, "Hoved om B"),
            Answer(hearing, Cai, Guid.Empty, "CAI generelt"),
        };
        var draftOnly = new HearingResponse(hearing, Chp.Id, B);
        draftOnly.SaveDraft(hearing, "Kun et udkast", Open);
        responses.Add(draftOnly);
        hearing.Comment(A, "Administrationen noterer sig svarene.", Open);

        var note = HearingNote.Build(hearing, Header, Subjects, [Lokal, Chp, Cai, Hoved], responses);

        Assert.Equal(["R", "A", "B"], note.Proposals.Select(p => p.Title));
        Assert.Empty(note.Proposals[0].Remarks);
        Assert.Equal(["SektorMED CAI", "SektorMED CHP"], note.Proposals[1].Remarks.Select(r => r.Committee));
        Assert.Equal(["Hoved om B"], note.Proposals[2].Remarks.Select(r => r.Text));
        Assert.Equal("Administrationen noterer sig svarene.", note.Proposals[1].AdministrationComment);
        Assert.Equal(["CAI generelt"], note.General.Select(r => r.Text));
        Assert.Empty(note.NotResponded);
        Assert.DoesNotContain(note.Proposals.SelectMany(p => p.Remarks), r => r.Text == "Kun et udkast");
    }

    [Fact]
    public void Build_ListsInvitedCommitteesWithoutAnyAnswer_NotTheUninvited()
    {
        var hearing = Build();
        var note = HearingNote.Build(hearing, Header, Subjects, [Lokal, Chp, Cai, Hoved], [Answer(hearing, Cai, A, "Svar")]);

        Assert.Equal(["HovedMED", "SektorMED CHP"], note.NotResponded);
    }

    [Fact]
    public void Build_UsesTheLastRevision()
    {
        var hearing = Build();
        var response = Answer(hearing, Cai, A, "Først");
        response.Submit(hearing, "Sidst", Open.AddHours(2), "med");

        var note = HearingNote.Build(hearing, Header, Subjects, [Cai], [response]);

        Assert.Equal(["Sidst"], note.Proposals[1].Remarks.Select(r => r.Text));
    }

    [Fact]
    public void AmountsText_UsesTheSavingsAmountText()
    {
        var text = NoteSubject.AmountsText([new YearAmount(2022, null), new YearAmount(2021, Money.FromKroner(3_500_000), alternative: Money.FromKroner(5_500_000))]);

        Assert.Equal("2021: 3,5 (5,5) mio. kr. · 2022: xx mio. kr.", text);
    }

    private static readonly NoteHeader Header = new("Høje-Taastrup Kommune", "Direktionssekretariatet", new DateOnly(2026, 4, 1), "330-2010-1", "Direktionssekretariatet");

    private static readonly List<NoteSubject> Subjects = [new(R, "R", "Reorganisering", null), new(A, "A", "Forslag A", "2021: 1 mio. kr."), new(B, "B", "Forslag B", null)];

    private static HearingResponse Answer(Hearing hearing, Committee committee, Guid subject, string text)
    {
        var response = new HearingResponse(hearing, committee.Id, subject);
        response.Submit(hearing, text, Open, "med");
        return response;
    }
}
