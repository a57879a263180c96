using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Meetings;

/// <summary>Posts a page's form as a browser would: the page first, for its antiforgery token.</summary>
internal static class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string page, string action, IReadOnlyDictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(html) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }
}
