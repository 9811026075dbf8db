namespace HojeTaastrup.Admin.Domain.Hearings;

// The MED system's three levels: one HovedMED, a SektorMED per sector, LokalMED per workplace. The note orders
// committees by level, then by name.
public enum CommitteeLevel
{
    Hoved,
    Sektor,
    Lokal,
}

// Scheduled before the opening day, Open until the end of the closing day (Copenhagen), then Closed, and
// Published once a director publishes the note. Only Published is stored; the rest follows from the clock.
public enum HearingStatus
{
    Scheduled,
    Open,
    Closed,
    Published,
}
