using BudgetPilot.Core.Allocation;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// <c>policy:</c> (rules | allocator | allocator+rules) and the allocator's knobs under <c>allocator:</c>.
/// An unknown policy or a knob out of range is an error naming the key, never a silent default.
/// </summary>
internal static class PolicyReader
{
    public static readonly string[] AllocatorKeys = ["exploration_share", "hysteresis", "min_change", "decision_hour", "half_life_days", "memory_days"];

    public static (DecisionPolicy Policy, AllocatorSettings Allocator) Read(ConfigSection root)
    {
        var policy = DecisionPolicies.Default;
        if (root.Text("policy") is { } text && !DecisionPolicies.TryParse(text, out policy))
        {
            root.Error("policy", $"'{text}' is not a policy; write one of {string.Join(", ", DecisionPolicies.Names)}");
            policy = DecisionPolicies.Default;
        }

        var section = root.Section("allocator", AllocatorKeys);
        var d = new AllocatorSettings();
        var allocator = d with
        {
            ExplorationShare = section.Percent("exploration_share", d.ExplorationShare),
            Hysteresis = (double)section.Decimal("hysteresis", (decimal)d.Hysteresis),
            MinChangeFraction = section.Percent("min_change", d.MinChangeFraction),
            DecisionHour = section.Int("decision_hour", d.DecisionHour),
            HalfLifeDays = (double)section.Decimal("half_life_days", (decimal)d.HalfLifeDays),
            MemoryDays = section.Int("memory_days", d.MemoryDays),
        };
        foreach (var message in allocator.Validate())
        {
            var key = message.Split(':')[0]["allocator.".Length..];
            section.Error(key, message[(message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().TrimEnd('.'));
        }

        return (policy, allocator);
    }
}
