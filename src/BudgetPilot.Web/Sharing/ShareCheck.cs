namespace BudgetPilot.Web.Sharing;

public enum ShareCheck
{
    Live,
    Forged,
    Expired,
    Revoked,
}
