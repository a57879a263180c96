namespace Mutual.Web.Hosting;

public static class ApiRoutes
{
    public static IEndpointRouteBuilder MapMutualApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        return endpoints;
    }
}
