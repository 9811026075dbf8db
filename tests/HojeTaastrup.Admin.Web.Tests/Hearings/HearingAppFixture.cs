using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Hearings;

// The real app on a database of its own whose clock a test can move: the real time plus Offset, so that a test
// can open a hearing closing today and then be "tomorrow" past its deadline. Tests reset the offset first.
public abstract class HearingAppFixture(TestDatabase database) : IAsyncLifetime
{
    private AdminAppFactory? _app;

    public ShiftedClock Clock { get; } = new();

    public AdminAppFactory App
    {
        get
        {
            if (_app is null)
            {
                var app = new AdminAppFactory(database.Provider, database.ConnectionString, services: s => s.AddSingleton<TimeProvider>(Clock));
                _ = app.Server;
                _app = app;
            }

            return _app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}

public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

public sealed class SqliteHearingAppFixture() : HearingAppFixture(new SqliteTestDatabase());

public sealed class PostgreSqlHearingAppFixture() : HearingAppFixture(new PostgreSqlTestDatabase());
