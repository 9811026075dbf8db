using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Providers;

// Owns the SQL Server migrations (Migrations/SqlServer); use AdminDbContext everywhere else.
public sealed class SqlServerAdminDbContext(DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider)
    : AdminDbContext(options, auditActor, timeProvider);
