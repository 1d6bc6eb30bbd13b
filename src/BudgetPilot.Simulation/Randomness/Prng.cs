namespace BudgetPilot.Simulation.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, allocation-free and bit-identical on every machine,
/// unlike <see cref="System.Random"/> whose algorithm may change between runtimes.
/// </summary>
public struct Prng
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public Prng(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream for (seed, stream): used so that each campaign's noise never depends on another's.</summary>
    public static Prng ForStream(ulong seed, ulong stream)
    {
        var x = seed ^ (0x9E3779B97F4A7C15UL * (stream + 1));
        return new Prng(SplitMix(ref x));
    }

    public ulong NextULong()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    public int NextInt(int lowInclusive, int highExclusive) =>
        lowInclusive + (int)((NextULong() >> 33) % (ulong)(highExclusive - lowInclusive));

    public double LogUniform(double low, double high) => Math.Exp(Uniform(Math.Log(low), Math.Log(high)));

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
