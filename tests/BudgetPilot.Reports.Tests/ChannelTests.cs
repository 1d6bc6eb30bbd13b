using System.Text;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;

namespace BudgetPilot.Reports.Tests;

public sealed class ChannelTests
{
    private static OutboxMessage Approval() =>
        EventExtractor.Extract(
            new CycleEvents("ws", Sample.Now.AddMinutes(-15), Sample.Now, [], [], [], [Sample.Approval(Sample.Now.AddMinutes(-5), TimeSpan.FromHours(4))]), Sample.Links)[0]
            .ToOutbox("any", Sample.Now, Sample.Now, OutboxStatus.Pending);

    [Fact]
    public async Task Email_RealSmtpServerOnLoopback_ReceivesMessageWithLinks()
    {
        using var smtp = SimpleSmtpServer.Start(DeadPort());
        var channel = new EmailChannel(new EmailOptions("127.0.0.1", smtp.Configuration.Port, "bot@budgetpilot.test", ["manager@shop.test"]) { UseTls = false });

        await channel.SendAsync(Approval(), TestContext.Current.CancellationToken);

        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("Approval needed: Spring sale", mail.Subject);
        var text = string.Concat(mail.MessageParts.Select(p => p.BodyData));
        Assert.Contains("?do=approve", text, StringComparison.Ordinal);
        Assert.Contains("manager@shop.test", mail.ToAddresses.Select(a => a.Address));
    }

    [Fact]
    public async Task Slack_FakeWebhook_GetsBlockKitWithUrlButtons()
    {
        await using var slack = await FakeReceiver.StartAsync();
        using var http = new HttpClient();
        var message = Approval();

        await new SlackChannel(http, slack.Url).SendAsync(message, TestContext.Current.CancellationToken);

        var json = JsonNode.Parse(Assert.Single(slack.Requests).Body)!;
        var buttons = json["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "actions")!["elements"]!.AsArray();
        Assert.Equal(["Approve", "Reject"], buttons.Select(b => (string?)b!["text"]!["text"]).ToArray());
        Assert.All(buttons, b => Assert.StartsWith("https://budgetpilot.example.test/#/approvals/", (string?)b!["url"], StringComparison.Ordinal));
        Assert.Equal("primary", (string?)buttons[0]!["style"]);
    }

    [Fact]
    public async Task Webhook_SignatureVerifies_TamperedOrStaleDoesNot()
    {
        await using var hook = await FakeReceiver.StartAsync();
        using var http = new HttpClient();
        var time = new FakeTimeProvider(Sample.Now);
        var secret = Encoding.UTF8.GetBytes("s3cret-for-tests");

        await new WebhookChannel(http, hook.Url, secret, time).SendAsync(Approval(), TestContext.Current.CancellationToken);

        var request = Assert.Single(hook.Requests);
        var timestamp = request.Headers[WebhookChannel.TimestampHeader];
        var signature = request.Headers[WebhookChannel.SignatureHeader];
        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.True(WebhookChannel.Verify(secret, timestamp, request.Body, signature, Sample.Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookChannel.Verify(secret, timestamp, request.Body.Replace("Spring", "Winter", StringComparison.Ordinal), signature, Sample.Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookChannel.Verify(secret, timestamp, request.Body, signature, Sample.Now.AddMinutes(10), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookChannel.Verify(Encoding.UTF8.GetBytes("other"), timestamp, request.Body, signature, Sample.Now, TimeSpan.FromMinutes(5)));
        Assert.Equal("ApprovalRequested", (string?)JsonNode.Parse(request.Body)!["kind"]);
    }

    [Fact]
    public async Task Courier_DeadSmtpServer_RecordsFailureAndRetriesWithBackoff()
    {
        var time = new FakeTimeProvider(Sample.Now);
        var outbox = new InMemoryOutbox();
        var dead = new EmailChannel(new EmailOptions("127.0.0.1", DeadPort(), "bot@budgetpilot.test", ["m@shop.test"]) { UseTls = false, Timeout = TimeSpan.FromSeconds(5) });
        var courier = new OutboxCourier(outbox, [dead], time, Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxCourier>.Instance);
        await outbox.AddAsync([Approval() with { Channel = "email" }], TestContext.Current.CancellationToken);

        var attempts = new List<(int Sent, OutboxStatus Status, DateTimeOffset Due)>();
        for (var i = 0; i < OutboxCourier.MaxAttempts; i++)
        {
            var sent = await courier.DeliverDueAsync(TestContext.Current.CancellationToken);
            var m = Assert.Single(outbox.All);
            attempts.Add((sent, m.Status, m.DueAt));
            Assert.Equal(0, await courier.DeliverDueAsync(TestContext.Current.CancellationToken));
            time.SetUtcNow(m.DueAt);
        }

        var final = Assert.Single(outbox.All);
        Assert.All(attempts, a => Assert.Equal(0, a.Sent));
        Assert.Equal(OutboxStatus.Failed, final.Status);
        Assert.Equal(OutboxCourier.MaxAttempts, final.Attempts);
        Assert.Contains("refused", final.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Sample.Now + OutboxCourier.Backoff(1), attempts[0].Due);
        Assert.All(Enumerable.Range(1, attempts.Count - 1), i => Assert.Equal(OutboxCourier.Backoff(i + 1), attempts[i].Due - attempts[i - 1].Due));
    }

    [Fact]
    public async Task Courier_WebhookDownThenUp_SentOnRetry()
    {
        await using var hook = await FakeReceiver.StartAsync();
        hook.Status = 503;
        using var http = new HttpClient();
        var time = new FakeTimeProvider(Sample.Now);
        var outbox = new InMemoryOutbox();
        var courier = new OutboxCourier(outbox, [new WebhookChannel(http, hook.Url, [1, 2, 3], time)], time, Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxCourier>.Instance);
        await outbox.AddAsync([Approval() with { Channel = "webhook" }], TestContext.Current.CancellationToken);

        await courier.DeliverDueAsync(TestContext.Current.CancellationToken);
        var failed = Assert.Single(outbox.All);
        hook.Status = 200;
        time.Advance(OutboxCourier.Backoff(1));
        var sent = await courier.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, failed.Status);
        Assert.Equal(1, sent);
        var done = Assert.Single(outbox.All);
        Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (done.Status, done.Attempts, done.LastError));
        Assert.Equal(2, hook.Requests.Count);
    }

    private static int DeadPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
