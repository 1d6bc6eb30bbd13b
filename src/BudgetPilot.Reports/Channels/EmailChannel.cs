using System.Net;
using BudgetPilot.Core.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BudgetPilot.Reports.Channels;

/// <summary>Email over SMTP with MailKit: a plain-text and an HTML part, links as buttons.</summary>
public sealed class EmailChannel(EmailOptions options) : INotificationChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = new BodyBuilder
        {
            TextBody = message.Body + string.Concat(message.Links.Select(l => $"\n{l.Label}: {l.Url}")),
            HtmlBody = $"<h2>{WebUtility.HtmlEncode(message.Title)}</h2><p style=\"white-space:pre-line\">{WebUtility.HtmlEncode(message.Body)}</p>"
                + string.Concat(message.Links.Select(l => $"<a href=\"{WebUtility.HtmlEncode(l.Url.ToString())}\" style=\"margin-right:12px\">{WebUtility.HtmlEncode(l.Label)}</a>")),
        };
        return SendAsync(Compose(message.Title, body), cancellationToken);
    }

    /// <summary>Sends a composed message (a report with inline charts) to the configured recipients.</summary>
    public async Task SendAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host, options.Port, options.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (options.Username is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    public MimeMessage Compose(string subject, BodyBuilder body)
    {
        var mime = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.AddRange(options.To.Select(MailboxAddress.Parse));
        return mime;
    }
}
