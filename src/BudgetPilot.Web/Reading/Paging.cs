using System.Globalization;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// Lists are answered a page at a time so no request serialises thousands of rows: the body stays a plain JSON
/// array of the page, and <see cref="TotalHeader"/> says how many rows match the filter.
/// </summary>
public static class Paging
{
    public const string TotalHeader = "X-Total-Count";

    public static IReadOnlyList<T> Page<T>(HttpResponse response, IReadOnlyList<T> matching, int? page, int? pageSize, int defaultSize, int maxSize)
    {
        var size = Math.Clamp(pageSize ?? defaultSize, 1, maxSize);
        var number = Math.Max(page ?? 1, 1);
        response.Headers[TotalHeader] = matching.Count.ToString(CultureInfo.InvariantCulture);
        var skip = (long)(number - 1) * size;
        if (skip >= matching.Count)
        {
            return [];
        }

        var take = (int)Math.Min(size, matching.Count - skip);
        var items = new T[take];
        for (var i = 0; i < take; i++)
        {
            items[i] = matching[(int)skip + i];
        }

        return items;
    }
}
