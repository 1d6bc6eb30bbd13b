using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Alerts;

/// <summary>
/// The seed's alert thresholds, each comparing a recent window with a baseline:
/// ROAS and CPA over the last 3 days against the 7 days before this week; CTR (fatigue) likewise;
/// CPC (competition) over the last 24 hours against the prior 7 days; zero conversions over 48 hours.
/// Below <see cref="AlertThresholds.MinSpendToCompare"/> in either window nothing is compared.
/// </summary>
public static class Detectors
{
    public static IReadOnlyList<Detection> Detect(CampaignAnalysis a, AlertThresholds t)
    {
        var found = new List<Detection>();
        if (!a.Campaign.IsActive)
        {
            return found;
        }

        var id = a.Campaign.Id;
        var name = a.Campaign.Name;
        var w = a.Windows;
        var comparable = w.Last3d.Spend >= t.MinSpendToCompare && w.Prior7d.Spend >= t.MinSpendToCompare;

        if (comparable && CampaignAnalysis.Change(w.Last3d.Roas, w.Prior7d.Roas) is { } roasChange && roasChange <= -t.RoasDropFraction)
        {
            var severity = roasChange <= -2 * t.RoasDropFraction ? AlertSeverity.Critical : AlertSeverity.High;
            found.Add(new Detection(id, AlertKind.RoasDrop, severity,
                $"{name}: ROAS dropped to {F(w.Last3d.Roas)} over the last 3 days from {F(w.Prior7d.Roas)} the week before ({P(roasChange)}; alert at -{P(t.RoasDropFraction)}).",
                w.Last3d.Roas, t.RoasDropFraction));
        }

        if (comparable && CampaignAnalysis.Change(w.Last3d.Cpa, w.Prior7d.Cpa) is { } cpaChange && cpaChange >= t.CpaIncreaseFraction)
        {
            var severity = cpaChange >= 2 * t.CpaIncreaseFraction ? AlertSeverity.Critical : AlertSeverity.High;
            found.Add(new Detection(id, AlertKind.CpaIncrease, severity,
                $"{name}: CPA rose to {M(w.Last3d.Cpa)} over the last 3 days from {M(w.Prior7d.Cpa)} the week before (+{P(cpaChange)}; alert at +{P(t.CpaIncreaseFraction)}).",
                w.Last3d.Cpa, t.CpaIncreaseFraction));
        }

        if (a.Runtime >= t.ZeroConversionsFor && a.SinceLastConversion >= t.ZeroConversionsFor && a.SpendSinceLastConversion > 0m)
        {
            found.Add(new Detection(id, AlertKind.ZeroConversions, AlertSeverity.Critical,
                $"{name}: no conversions for {a.SinceLastConversion.Value.TotalHours:0} hours while spending {M(a.SpendSinceLastConversion)} (alert at {t.ZeroConversionsFor.TotalHours:0} h).",
                (decimal)a.SinceLastConversion.Value.TotalHours, (decimal)t.ZeroConversionsFor.TotalHours));
        }

        if (comparable && CampaignAnalysis.Change(w.Last3d.Ctr, w.Prior7d.Ctr) is { } ctrChange && ctrChange <= -t.CtrDropFraction)
        {
            found.Add(new Detection(id, AlertKind.CtrDrop, AlertSeverity.Medium,
                $"{name}: CTR fell to {P(w.Last3d.Ctr)} from {P(w.Prior7d.Ctr)} ({P(ctrChange)}): ad fatigue, the creative may need a refresh.",
                w.Last3d.Ctr, t.CtrDropFraction));
        }

        if (w.Last24h.Spend >= t.MinSpendToCompare / 3 && w.Prior7d.Spend >= t.MinSpendToCompare
            && CampaignAnalysis.Change(w.Last24h.Cpc, w.Prior7d.Cpc) is { } cpcChange && cpcChange >= t.CpcIncreaseFraction)
        {
            found.Add(new Detection(id, AlertKind.CpcSpike, AlertSeverity.Medium,
                $"{a.Campaign.Id.Platform.DisplayName()} {name}: CPC up {P(cpcChange)} to {M(w.Last24h.Cpc)} in 24 h (competition spike).",
                w.Last24h.Cpc, t.CpcIncreaseFraction));
        }

        return found;
    }

    internal static string F(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    internal static string M(decimal? value) => value is { } v ? v.ToString("#,##0.00", CultureInfo.InvariantCulture) : "n/a";

    internal static string P(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
}
