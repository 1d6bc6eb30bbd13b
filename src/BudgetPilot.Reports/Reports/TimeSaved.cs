namespace BudgetPilot.Reports.Reports;

/// <summary>Hours freed × hourly cost, the seed's model, with its inputs shown so a reader can check it.</summary>
public sealed record TimeSaved(int Actions, decimal HoursPerAction, decimal MonitoringHours, decimal HourlyCost)
{
    public decimal Hours => (Actions * HoursPerAction) + MonitoringHours;

    public decimal Value => Hours * HourlyCost;
}
