namespace HojeTaastrup.Admin.Domain.Common;

public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.NewGuid();
}

// An entity whose every change through the portal is written to the audit log.
public interface IAudited
{
    Guid Id { get; }
}

// An entity edited by people: the persistence layer uses Version as an optimistic concurrency
// token and increments it on every save.
public interface IVersioned
{
    long Version { get; }
}
