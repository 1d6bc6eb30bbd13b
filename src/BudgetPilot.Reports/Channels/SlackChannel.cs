using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Channels;

/// <summary>
/// Slack through an incoming webhook, as Block Kit: a header, the text, and one URL button per link.
/// Buttons open the dashboard (where the manager is authenticated); a click alone never approves anything.
/// </summary>
public sealed class SlackChannel(HttpClient http, Uri webhookUrl) : INotificationChannel
{
    public const string ChannelName = "slack";

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(webhookUrl, Payload(message), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static JsonObject Payload(OutboxMessage message)
    {
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Clip(message.Title, 150) } },
            new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Clip(message.Body, 3000) } },
        };
        if (message.Links.Count > 0)
        {
            var buttons = new JsonArray();
            foreach (var link in message.Links)
            {
                var button = new JsonObject
                {
                    ["type"] = "button",
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = link.Label },
                    ["url"] = link.Url.ToString(),
                };
                if (link.Label == "Approve")
                {
                    button["style"] = "primary";
                }
                else if (link.Label == "Reject")
                {
                    button["style"] = "danger";
                }

                buttons.Add(button);
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = buttons });
        }

        return new JsonObject { ["text"] = Clip(message.Title, 150), ["blocks"] = blocks };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
