using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace BudgetPilot.Storage.Tests.Databases;

/// <summary>Runs a theory once per provider (SQLite, PostgreSQL), like bitwarden's DatabaseData.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([.. Enum.GetValues<StorageProvider>().Select(provider => new TheoryDataRow(provider))]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
