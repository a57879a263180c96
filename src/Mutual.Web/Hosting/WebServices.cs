using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Mutual.Data;
using Mutual.Data.Notices;
using Mutual.Web.Authorization;
using Mutual.Web.Demo;
using Mutual.Web.Features.Account;
using Mutual.Web.Features.Meetings;
using Mutual.Web.Features.Members;
using Mutual.Web.Features.Polls;
using Mutual.Web.Features.Societies;
using Mutual.Web.Features.Users;

namespace Mutual.Web.Hosting;

public static class WebServices
{
    public static WebApplicationBuilder AddMutualWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString("Mutual") ?? DatabaseSetup.DefaultConnectionString;
        services.AddMutualDatabase(connectionString);
        services.AddMutualNotices(builder.Configuration);
        services.AddMutualAuth();

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.Add(new SocietyPagesConvention());
        });
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<FirstRun>();
        services.AddScoped<SocietyCreation>();
        services.AddScoped<RoleInvitation>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<MeetingPolls>();
        services.AddScoped<MeetingNotices>();
        services.AddSingleton<ImportJobs>();
        services.AddHostedService<DatabaseStartup>();
        services.AddAuthorization(options => options.AddPollPolicies());
        return builder;
    }
}
