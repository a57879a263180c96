using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Mutual.Data;
using Mutual.Data.Identity;
using Mutual.Web.Authorization;

namespace Mutual.Web.Hosting;

public static class AuthSetup
{
    public static IServiceCollection AddMutualAuth(this IServiceCollection services)
    {
        services.AddIdentity<MutualUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // NCSC advice: length beats composition rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<MutualDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/status/403";
            options.Cookie.Name = "mutual.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden);
        });

        services.AddHttpContextAccessor();
        services.AddScoped<IAuthorizationHandler, SocietyRoleHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SocietyPolicies.AnyRole, Society(SocietyPolicies.AnyRoleRoles))
            .AddPolicy(SocietyPolicies.Officers, Society(SocietyPolicies.OfficerRoles))
            .AddPolicy(SocietyPolicies.Secretary, Society(SocietyPolicies.SecretaryRoles))
            .AddPolicy(SocietyPolicies.Chair, Society(SocietyPolicies.ChairRoles));
        return services;
    }

    private static Action<AuthorizationPolicyBuilder> Society(IReadOnlyList<Domain.Societies.SocietyRole> roles) =>
        policy => policy.RequireAuthenticatedUser().AddRequirements(new SocietyRoleRequirement(roles));

    // An API caller wants a status code, not a redirect to a login page it cannot fill in.
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAware(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
            else context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
}
