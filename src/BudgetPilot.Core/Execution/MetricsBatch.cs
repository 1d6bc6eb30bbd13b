using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Execution;

public sealed record MetricsBatch(IReadOnlyList<MetricSample> Samples, IReadOnlyList<RejectedRow> Rejected)
{
    public static MetricsBatch Of(IReadOnlyList<MetricSample> samples) => new(samples, []);
}
