using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HojeTaastrup.Admin.Web.Security;

// Last time the user did something in this circuit; the revalidating state provider signs the user
// out of the circuit after the idle timeout.
public sealed class CircuitActivity(TimeProvider time)
{
    public DateTimeOffset LastActivityUtc { get; private set; } = time.GetUtcNow();

    public void Touch() => LastActivityUtc = time.GetUtcNow();
}

public sealed class CircuitActivityHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next)
    {
        return context =>
        {
            activity.Touch();
            return next(context);
        };
    }
}
