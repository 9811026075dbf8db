using HojeTaastrup.Admin.Domain.Administration;

namespace HojeTaastrup.Admin.Domain.Tests.Administration;

// Anne and Bo are administrators; Dorthe is a director. Ids are the users' ids.
public sealed class UserAccountRulesTests
{
    private const string Anne = "anne";
    private const string Bo = "bo";
    private const string Dorthe = "dorthe";

    [Fact]
    public void Disable_Self_IsRefused()
    {
        var refusal = UserAccountRules.Disable(Anne, Anne, [Anne, Bo]);

        Assert.Equal(UserAccountRules.SelfDisableCode, refusal?.Code);
        Assert.Equal("Du kan ikke deaktivere dig selv. Bed en anden administrator om det.", refusal?.Message);
    }

    [Fact]
    public void Disable_LastActiveAdministrator_IsRefused()
    {
        // Bo is already disabled, so Anne is the last active administrator.
        var refusal = UserAccountRules.Disable(Dorthe, Anne, [Anne]);

        Assert.Equal(UserAccountRules.LastAdministratorCode, refusal?.Code);
    }

    [Fact]
    public void Disable_AnAdministratorWhileAnotherIsActive_IsAllowed() =>
        Assert.Null(UserAccountRules.Disable(Anne, Bo, [Anne, Bo]));

    [Fact]
    public void Disable_ANonAdministrator_IsAllowed() =>
        Assert.Null(UserAccountRules.Disable(Anne, Dorthe, [Anne]));

    [Fact]
    public void RemoveAdministratorRole_FromLastActiveAdministrator_IsRefused()
    {
        var refusal = UserAccountRules.RemoveAdministratorRole(Anne, [Anne]);

        Assert.Equal(UserAccountRules.LastAdministratorCode, refusal?.Code);
        Assert.Contains("sidste aktive administrator", refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveAdministratorRole_WhileAnotherIsActive_IsAllowed() =>
        Assert.Null(UserAccountRules.RemoveAdministratorRole(Anne, [Anne, Bo]));
}
