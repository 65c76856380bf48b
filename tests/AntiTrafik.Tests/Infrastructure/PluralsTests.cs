using System.Globalization;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>Counted words take the form their number asks for, in both languages, from the portal's own strings.</summary>
public sealed class PluralsTests
{
    private static readonly IStringLocalizer Strings = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static string In(string culture, Func<string> say)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return say();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }

    [Theory]
    [InlineData(0, "0 regjistrime", "0 records")]
    [InlineData(1, "1 regjistrim", "1 record")]
    [InlineData(2, "2 regjistrime", "2 records")]
    [InlineData(21, "21 regjistrime", "21 records")]
    public void A_count_of_records_takes_the_form_its_number_asks_for(int count, string albanian, string english)
    {
        Assert.Equal(albanian, In("sq", () => Strings.Plural(count, "{0} record", "{0} records")));
        Assert.Equal(english, In("en", () => Strings.Plural(count, "{0} record", "{0} records")));
    }

    [Fact]
    public void One_pair_is_one_cift_and_more_are_cifte()
    {
        Assert.Equal("1 çift", In("sq", () => Strings.Plural(1, "{0} pair", "{0} pairs")));
        Assert.Equal("3 çifte", In("sq", () => Strings.Plural(3, "{0} pair", "{0} pairs")));
    }

    [Fact]
    public void Other_arguments_are_formatted_while_the_count_chooses_the_form()
    {
        Assert.Equal("5 nga 1 person i arritur (500%)",
            In("sq", () => Strings.Plural(1, "{0} of {1} person reached ({2}%)", "{0} of {1} people reached ({2}%)", 5, 1, 500)));
        Assert.Equal("5 nga 10 persona të arritur (50%)",
            In("sq", () => Strings.Plural(10, "{0} of {1} person reached ({2}%)", "{0} of {1} people reached ({2}%)", 5, 10, 50)));
    }

    [Theory]
    [InlineData(1, Plurals.PluralForm.One)]
    [InlineData(0, Plurals.PluralForm.Other)]
    [InlineData(1.5, Plurals.PluralForm.Other)]
    [InlineData(11, Plurals.PluralForm.Other)]
    public void Only_exactly_one_is_singular(double count, Plurals.PluralForm form) => Assert.Equal(form, Plurals.FormFor(count));
}
