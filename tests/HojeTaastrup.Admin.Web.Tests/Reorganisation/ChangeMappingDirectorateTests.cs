using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// A change may name a directorate by name; it is resolved against the proposal's organisation:
//   "Socialområdet" (one), "Stabsområdet" (two of that name: an organisation loaded with a mistake).
public class ChangeMappingDirectorateTests
{
    private static readonly Guid Social = Guid.NewGuid();

    private static readonly OrganisationStructure Organisation = new(
        [new DirectorateSnapshot(Social, "Socialområdet", "Bo"), new DirectorateSnapshot(Guid.NewGuid(), "Stabsområdet", "A"), new DirectorateSnapshot(Guid.NewGuid(), "stabsområdet", "B")],
        [],
        []);

    [Fact]
    public void ToDomain_DirectorateByNameInAnotherCase_IsItsKey()
    {
        var change = ChangeMapping.ToDomain(Change(" SOCIALOMRÅDET "), Organisation);

        Assert.Equal(Social, Assert.IsType<ChangeDirectorate>(change).Directorate);
    }

    [Theory]
    [InlineData("Ukendt område", "findes ikke")]
    [InlineData("Stabsområdet", "Flere direktørområder hedder")]
    public void ToDomain_UnknownOrAmbiguousName_IsRefusedAtTheField(string name, string says)
    {
        var failure = Assert.Single(Assert.Throws<ValidationException>(() => ChangeMapping.ToDomain(Change(name), Organisation)).Errors);

        Assert.Equal("Directorate", failure.PropertyName);
        Assert.Contains(says, failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static ChangeInput Change(string directorate) =>
        new() { Kind = nameof(ChangeDirectorate), Centre = "BSC", DirectorateReference = directorate, Rationale = "Prøve" };
}
