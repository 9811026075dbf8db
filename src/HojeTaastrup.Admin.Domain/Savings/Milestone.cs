using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// "Udkast til kommissorium 1. februar 2021": a day and what is due on it. Overdue when the day has
// passed and it is not done.
public sealed record Milestone
{
    public const int MaxTextLength = 500;

    public Milestone(DateOnly date, string text, bool done = false)
    {
        Date = Plausible.Day(date);
        Text = string.IsNullOrWhiteSpace(text)
            ? throw new DomainException("Skriv, hvad milepælen går ud på.")
            : text.Trim();
        if (Text.Length > MaxTextLength)
        {
            throw new DomainException($"En milepæl må højst have {MaxTextLength} tegn.");
        }

        Done = done;
    }

    public DateOnly Date { get; }

    public string Text { get; }

    public bool Done { get; }

    public bool IsOverdue(DateOnly today) => !Done && Date < today;
}
