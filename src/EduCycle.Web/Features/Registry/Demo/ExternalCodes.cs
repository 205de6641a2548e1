using System.Globalization;

namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>Identifiers shaped like the real ones, with valid check digits.</summary>
internal static class ExternalCodes
{
    private static readonly int[] InnWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>A 10-digit organisation ИНН: region, municipality, a sequence number and the check digit.</summary>
    public static string Inn(int region, int municipality, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{region:00}{municipality:00}{sequence:00000}");
        var sum = body.Select((c, i) => (c - '0') * InnWeights[i]).Sum();
        return body + (sum % 11 % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A СНИЛС «123-456-789 01» for a 9-digit number.</summary>
    public static string Snils(int number)
    {
        var digits = number.ToString("000000000", CultureInfo.InvariantCulture);
        var sum = digits.Select((c, i) => (c - '0') * (9 - i)).Sum();
        var check = sum < 100 ? sum : sum is 100 or 101 ? 0 : sum % 101 % 100;
        return string.Create(CultureInfo.InvariantCulture, $"{digits[..3]}-{digits[3..6]}-{digits[6..]} {check:00}");
    }
}
