using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Features;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

// One mapping from what a use case throws to what pages and the API say.
public class UseCaseFailureTests
{
    [Fact]
    public async Task Run_AStaleSave_IsAConflictWithoutComparingTexts()
    {
        var failure = await UseCaseFailure.RunAsync(() => throw new DbUpdateConcurrencyException("stale"));

        Assert.NotNull(failure);
        Assert.True(failure.IsConflict);
        Assert.Equal("Hent igen", failure.ToText("Hent igen"));
    }

    [Fact]
    public async Task Run_ARefusedRule_KeepsItsDanishTextAndCode()
    {
        var failure = await UseCaseFailure.RunAsync(() => throw new Refusal("proposal.not-in-hearing", "Forslaget er ikke i høring.").ToException());

        Assert.Equal(UseCaseFailureKind.Refused, failure!.Kind);
        Assert.Equal("proposal.not-in-hearing", failure.Code);
        Assert.Equal("Forslaget er ikke i høring.", failure.ToText("konflikt"));
    }

    [Fact]
    public async Task Run_InvalidInput_KeepsEveryFieldError()
    {
        var failure = await UseCaseFailure.RunAsync(() => throw new ValidationException([new ValidationFailure("Title", "Angiv en titel."), new ValidationFailure("Purpose", "Angiv formålet.")]));

        Assert.Equal(UseCaseFailureKind.Invalid, failure!.Kind);
        Assert.Equal(["Title", "Purpose"], failure.Errors.Select(e => e.PropertyName));
        Assert.Equal("Angiv en titel. Angiv formålet.", failure.Message);
    }

    [Fact]
    public async Task Run_Success_IsNoFailure() =>
        Assert.Null(await UseCaseFailure.RunAsync(() => Task.CompletedTask));

    [Fact]
    public async Task Run_ABug_IsThrownOn() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => UseCaseFailure.RunAsync(() => throw new InvalidOperationException("bug")));
}
