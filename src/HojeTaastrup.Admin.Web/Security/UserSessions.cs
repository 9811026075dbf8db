namespace HojeTaastrup.Admin.Web.Security;

// The open circuits of this web node, by user: the user administration tells it when an account was
// disabled, its roles changed or its password reset, and each open circuit of that user re-validates at
// once instead of at its next periodic check (RevalidatingAuthenticationStateProvider), and the API's
// active-user check (ActiveUsers) forgets what it kept of the user. Other nodes' circuits fall back to the
// periodic check (Security:RevalidationMinutes), their API checks to ActiveUsers.Lifetime.
public sealed class UserSessions(ActiveUsers activeUsers)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Func<Task>>> _byUser = new(StringComparer.Ordinal);

    // Returns the registration; dispose it when the circuit ends.
    public IDisposable Register(string userId, Func<Task> revalidate)
    {
        lock (_gate)
        {
            if (!_byUser.TryGetValue(userId, out var list))
            {
                list = [];
                _byUser.Add(userId, list);
            }

            list.Add(revalidate);
        }

        return new Registration(this, userId, revalidate);
    }

    public async Task UserChangedAsync(string userId)
    {
        activeUsers.Forget(userId);
        Func<Task>[] circuits;
        lock (_gate)
        {
            circuits = _byUser.TryGetValue(userId, out var list) ? [.. list] : [];
        }

        await Task.WhenAll(circuits.Select(revalidate => revalidate()));
    }

    private void Unregister(string userId, Func<Task> revalidate)
    {
        lock (_gate)
        {
            if (_byUser.TryGetValue(userId, out var list) && list.Remove(revalidate) && list.Count == 0)
            {
                _byUser.Remove(userId);
            }
        }
    }

    private sealed class Registration(UserSessions sessions, string userId, Func<Task> revalidate) : IDisposable
    {
        public void Dispose() => sessions.Unregister(userId, revalidate);
    }
}
