using Microsoft.AspNetCore.Http.Json;
using System.Text.Json.Serialization;

namespace Mutual.Web.Hosting;

public static class WebServices
{
    public static WebApplicationBuilder AddMutualWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
