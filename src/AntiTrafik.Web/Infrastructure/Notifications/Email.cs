using System.Net;
using System.Net.Mail;
using System.Text;

namespace AntiTrafik.Web.Infrastructure.Notifications;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends portal e-mail. Messages carry a case number and a link, never personal data.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    /// <summary><c>Files</c> (development: one .eml file per message in <see cref="PickupFolder"/>) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Files";
    public string PickupFolder { get; set; } = "App_Data/mail";
    public string From { get; set; } = "antitrafik@localhost";
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>The portal's public address, for the links in messages.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";
}

/// <summary>Development and tests: writes each message as an .eml file instead of sending it.</summary>
public sealed class FileEmailSender(string folder, string from) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var text = new StringBuilder()
            .Append("From: ").AppendLine(from)
            .Append("To: ").AppendLine(message.To)
            .Append("Subject: ").AppendLine(message.Subject)
            .AppendLine("Content-Type: text/plain; charset=utf-8")
            .AppendLine()
            .AppendLine(message.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), text, cancellationToken);
    }
}

/// <summary>Production: plain SMTP through the configured relay.</summary>
public sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort) { EnableSsl = options.SmtpSsl };
        if (options.SmtpUser is not null)
        {
            client.Credentials = new NetworkCredential(options.SmtpUser, options.SmtpPassword);
        }

        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body) { BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8 };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
