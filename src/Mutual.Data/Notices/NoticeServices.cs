using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Mail;

namespace Mutual.Data.Notices;

/// <summary>Registers mail (settings from the <c>Mail</c> section) and the meeting notice services.</summary>
public static class NoticeServices
{
    public static IServiceCollection AddMutualNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailSettings>().Bind(configuration.GetSection(MailSettings.Section));
        services.AddSingleton<MailSender>();
        services.AddScoped<NoticeRecipients>();
        services.AddScoped<NoticeDeliveries>();
        services.AddScoped<NoticeMailer>();
        services.AddScoped<NoticePrinting>();
        return services;
    }
}
