using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Providers;

// Owns the SQLite migrations (Migrations/Sqlite); use AdminDbContext everywhere else.
public sealed class SqliteAdminDbContext(DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider)
    : AdminDbContext(options, auditActor, timeProvider);
