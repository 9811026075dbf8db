namespace HojeTaastrup.Admin.Web.Features.Administration;

// What the user administration's forms and API calls send (../shared/API.md). Mutable, so that a Blazor
// form binds to the same model that the API reads from JSON and the same validator checks.

public sealed class CreateUserInput
{
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Password { get; set; } = "";

    // Role ids (Roles.All), e.g. "Director".
    public List<string> Roles { get; set; } = [];

    // Ids of the MED committees the user sits in; missing or null is none.
    public List<Guid>? Committees { get; set; }
}

public sealed class EditUserInput
{
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    // Ids of the MED committees the user sits in: missing or null leaves them as they are, [] takes the user
    // out of every committee.
    public List<Guid>? Committees { get; set; }

    // The version the client read; missing is a 400 naming the field, stale a 409.
    public long? Version { get; set; }
}

public sealed class PasswordInput
{
    public string Password { get; set; } = "";

    public long? Version { get; set; }
}

// Disable and enable carry only the version the client read.
public sealed class UserVersionInput
{
    public long? Version { get; set; }
}
