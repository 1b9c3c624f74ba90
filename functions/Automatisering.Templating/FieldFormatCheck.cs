using System.Net.Mail;
using PhoneNumbers;

namespace Automatisering.Templating;

/// <summary>
/// The checks behind <see cref="FieldFormat"/>. Phone numbers go through libphonenumber (Google's metadata knows
/// Dutch numbering, including the government's 14 + area code numbers), read as Dutch unless they start with +
/// or 00; e-mail addresses through <see cref="MailAddress"/>, with a dot in the domain as mail to a bare host
/// name never reaches anyone outside.
/// </summary>
public static class FieldFormatCheck
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Why <paramref name="value"/> does not fit <paramref name="format"/>; null when it does (or is empty).</summary>
    public static string? Problem(FieldFormat format, string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return format switch
        {
            FieldFormat.Email when !IsEmail(text) => "is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl)",
            FieldFormat.Phone when !IsPhone(text) => "is geen geldig telefoonnummer (bijvoorbeeld 0522 123 456, 06 12345678 of 14 0522)",
            _ => null,
        };
    }

    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address)
        && string.Equals(address.Address, text, StringComparison.Ordinal)
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    public static bool IsPhone(string text)
    {
        try
        {
            return Phones.IsValidNumber(Phones.Parse(text, "NL"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
