using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Providers;

// Owns the PostgreSQL migrations (Migrations/PostgreSql); use AdminDbContext everywhere else.
public sealed class PostgresAdminDbContext(DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider)
    : AdminDbContext(options, auditActor, timeProvider);
