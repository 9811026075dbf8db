using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// Who may do what with the realisation of savings (the resource is the feature, RealisationAccess.Realisation):
//   read:          everyone signed in (a draft proposal stays hidden as SavingsAccess says)
//   record:        finance (entries, imports, re-baselines, forecasts, follow-ups, investments, cover measures' figures)
//   decide covers: the directors (which measure covers which gap)
public sealed class RealisationAccess : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "realisation.read" };
    public static readonly OperationAuthorizationRequirement Record = new() { Name = "realisation.record" };
    public static readonly OperationAuthorizationRequirement DecideCovers = new() { Name = "realisation.decide-covers" };

    public static readonly object Realisation = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (!ReferenceEquals(context.Resource, Realisation))
        {
            return Task.CompletedTask;
        }

        var user = context.User;
        var allowed = requirement.Name switch
        {
            "realisation.read" => user.Identity?.IsAuthenticated == true,
            "realisation.record" => user.IsInAnyRole(Policies.RealisationRecorders),
            "realisation.decide-covers" => user.IsInAnyRole(Policies.CoverMeasureDeciders),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
