using System.Globalization;
using System.Net;
using System.Text;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Reports.Reports;

/// <summary>
/// The report as one self-contained HTML page: read-only by construction (no forms, no buttons, no
/// scripts), so the same page serves email, PDF and a stakeholder's share link.
/// </summary>
public static class ReportHtml
{
    /// <summary>Rows of the action table; a busy week's remainder is counted, not listed.</summary>
    public const int MaxActionRows = 150;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="imageSource">Where a chart is loaded from: its file name beside the page, or <c>cid:</c> in an email.</param>
    public static string Render(PerformanceReport r, IReadOnlyList<ReportChart> charts, Func<ReportChart, string> imageSource)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E($"{r.Title} — {r.WorkspaceName}")).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;color:#1b1f24;margin:24px;max-width:960px}h1{margin:0 0 4px}h2{margin-top:28px;border-bottom:1px solid #ccd}")
            .Append("table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:4px 6px;border-bottom:1px solid #e4e6ea;text-align:left}td.n,th.n{text-align:right}")
            .Append(".provisional{color:#8a6d00;font-style:italic}.up{color:#17803d}.down{color:#b42318}.muted{color:#667}img{max-width:100%}@media print{h2{break-after:avoid}tr{break-inside:avoid}}")
            .Append("</style></head><body>");
        h.Append("<h1>").Append(E(r.Title)).Append("</h1><p class=\"muted\">").Append(E(r.WorkspaceName)).Append(" · ")
            .Append(E($"{r.From:yyyy-MM-dd HH:mm} → {r.To:yyyy-MM-dd HH:mm} UTC")).Append(" · generated ").Append(E(r.GeneratedAt.ToString("u", Inv))).Append("</p>");

        h.Append("<h2>Results</h2><table><tr><th></th><th class=\"n\">This period</th><th class=\"n\">Previous</th><th class=\"n\">Change</th><th class=\"n\">Target</th></tr>");
        Row(h, "Spend", r.Current.Spend, r.Previous.Spend, null, r.Currency);
        Row(h, "Revenue", r.Current.Revenue, r.Previous.Revenue, null, r.Currency);
        Row(h, "Profit", r.Current.Profit, r.Previous.Profit, null, r.Currency);
        Row(h, "ROAS", r.Current.Roas, r.Previous.Roas, r.TargetRoas, null);
        Row(h, "Conversions", r.Current.Conversions, r.Previous.Conversions, null, null);
        h.Append("</table>");
        if (r.HasProvisionalDays)
        {
            h.Append("<p class=\"provisional\">").Append(E(string.Create(Inv,
                $"* Provisional: conversions are reported up to {r.ConversionLagDays} day(s) after the click, so revenue, ROAS and conversions of {string.Join(", ", r.Days.Where(d => d.Provisional).Select(d => d.Day.ToString("yyyy-MM-dd", Inv)))} will still grow.")))
                .Append("</p>");
        }

        if (r.Days.Count > 0)
        {
            h.Append("<h2>Per day</h2><table><tr><th>Day</th><th class=\"n\">Spend</th><th class=\"n\">Revenue</th><th class=\"n\">ROAS</th><th class=\"n\">Conversions</th></tr>");
            foreach (var d in r.Days)
            {
                var mark = d.Provisional ? " *" : string.Empty;
                h.Append(d.Provisional ? "<tr class=\"provisional\"><td>" : "<tr><td>").Append(E(d.Day.ToString("ddd yyyy-MM-dd", Inv) + (d.Provisional ? " (provisional)" : string.Empty)))
                    .Append("</td><td class=\"n\">").Append(E(Num(d.Totals.Spend))).Append("</td><td class=\"n\">").Append(E(Num(d.Totals.Revenue) + mark))
                    .Append("</td><td class=\"n\">").Append(E(Num(d.Totals.Roas) + mark)).Append("</td><td class=\"n\">").Append(E(Num(d.Totals.Conversions) + mark)).Append("</td></tr>");
            }

            h.Append("</table>");
        }

        foreach (var chart in charts)
        {
            h.Append("<p><img alt=\"").Append(E(chart.Caption)).Append("\" src=\"").Append(E(imageSource(chart))).Append("\"></p>");
        }

        var succeeded = r.Actions.Count(a => a.Outcome == OutcomeStatus.Succeeded);
        h.Append("<h2>What BudgetPilot did</h2><p>").Append(succeeded.ToString(Inv)).Append(" action(s) executed, ")
            .Append((r.Actions.Count - succeeded).ToString(Inv)).Append(" failed. Effect: the campaign's ROAS over the 3 days before the action and since it.</p>");
        if (r.Actions.Count > 0)
        {
            h.Append("<table><tr><th>When (UTC)</th><th>Campaign</th><th>Action</th><th class=\"n\">Budget</th><th class=\"n\">ROAS before</th><th class=\"n\">ROAS since</th><th>Why</th></tr>");
            foreach (var a in r.Actions.Take(MaxActionRows))
            {
                h.Append("<tr><td>").Append(E(a.At.ToString("MM-dd HH:mm", Inv))).Append("</td><td>").Append(E(a.Campaign)).Append("</td><td>")
                    .Append(E($"{a.Type}{(a.Outcome == OutcomeStatus.Failed ? " (failed)" : string.Empty)}")).Append("</td><td class=\"n\">")
                    .Append(E($"{Num(a.BudgetBefore)} → {Num(a.BudgetAfter)}")).Append("</td><td class=\"n\">").Append(Num(a.RoasBefore)).Append("</td><td class=\"n\">")
                    .Append(Num(a.RoasSince)).Append("</td><td>").Append(E(a.Reason)).Append("</td></tr>");
            }

            h.Append("</table>");
            if (r.Actions.Count > MaxActionRows)
            {
                h.Append("<p class=\"muted\">… and ").Append((r.Actions.Count - MaxActionRows).ToString(Inv)).Append(" more in the audit log.</p>");
            }
        }

        h.Append("<h2>Approvals</h2><p>").Append(E($"{r.Requested} requested, {r.Approved} approved, {r.Rejected} rejected, {r.Expired} expired (auto-rejected).")).Append("</p>");
        var decided = r.Decisions.Where(d => d.Kind != AuditKind.ApprovalRequested).ToList();
        if (decided.Count > 0)
        {
            h.Append("<table><tr><th>When (UTC)</th><th>Decision</th><th>Campaign</th><th>By</th><th>Note</th></tr>");
            foreach (var d in decided.Take(MaxActionRows))
            {
                h.Append("<tr><td>").Append(E(d.At.ToString("MM-dd HH:mm", Inv))).Append("</td><td>").Append(E(d.Kind.ToString())).Append("</td><td>").Append(E(d.Campaign))
                    .Append("</td><td>").Append(E(d.Actor)).Append("</td><td>").Append(E(d.Reason)).Append("</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append("<h2>Alerts</h2>");
        if (r.Alerts.Count == 0)
        {
            h.Append("<p>No alert was raised or resolved.</p>");
        }
        else
        {
            h.Append("<table><tr><th>Opened (UTC)</th><th>Severity</th><th>Kind</th><th>Campaign</th><th>Status</th><th>Message</th></tr>");
            foreach (var a in r.Alerts.Take(MaxActionRows))
            {
                h.Append("<tr><td>").Append(E(a.OpenedAt.ToString("MM-dd HH:mm", Inv))).Append("</td><td>").Append(E(a.Severity.ToString())).Append("</td><td>").Append(E(a.Kind.ToString()))
                    .Append("</td><td>").Append(E(a.Campaign?.ToString() ?? "—")).Append("</td><td>").Append(a.ResolvedAt is { } at ? E($"resolved {at:MM-dd HH:mm}") : "open")
                    .Append("</td><td>").Append(E(a.Message)).Append("</td></tr>");
            }

            h.Append("</table>");
        }

        var t = r.TimeSaved;
        h.Append("<h2>Time saved</h2><p>").Append(E(string.Create(Inv,
            $"{t.Hours:0.#} hours freed ({t.Actions} actions × {t.HoursPerAction:0.##} h + {t.MonitoringHours:0.#} h of monitoring) × {t.HourlyCost:0.##} {r.Currency}/h = {t.Value:N0} {r.Currency}.")))
            .Append("</p></body></html>");
        return h.ToString();
    }

    private static void Row(StringBuilder h, string label, decimal? current, decimal? previous, decimal? target, string? currency)
    {
        var change = current is { } c && previous is { } p && p != 0m ? (c - p) / Math.Abs(p) : (decimal?)null;
        var css = change is null ? string.Empty : change >= 0m ? " up" : " down";
        var unit = currency is null ? string.Empty : " " + currency;
        h.Append("<tr><th>").Append(E(label)).Append("</th><td class=\"n\">").Append(E(Num(current) + (current is null ? string.Empty : unit))).Append("</td><td class=\"n\">")
            .Append(E(Num(previous) + (previous is null ? string.Empty : unit))).Append("</td><td class=\"n").Append(css).Append("\">")
            .Append(change is { } ch ? E(ch.ToString("+0.0%;-0.0%", Inv)) : "—").Append("</td><td class=\"n\">").Append(target is { } tg ? E(Num(tg)) : "—").Append("</td></tr>");
    }

    private static string Num(decimal? value) => value switch
    {
        null => "—",
        { } v when Math.Abs(v) >= 100m => v.ToString("N0", Inv),
        { } v => v.ToString("0.##", Inv),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
