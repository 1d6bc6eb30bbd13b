namespace BudgetPilot.Hosting.Configuration;

/// <summary>"Did you mean" for a mistyped key: the closest known key within a few edits.</summary>
internal static class Suggestion
{
    public static string For(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(typed.ToLowerInvariant(), k)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        var allowed = Math.Max(2, typed.Length / 3);
        return best.Key is not null && best.Distance <= allowed
            ? $"; did you mean '{best.Key}'?"
            : $"; known keys: {string.Join(", ", known)}";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
