using System.Globalization;
using AntiTrafik.Web.Infrastructure;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>The country lists of the case form: every ISO 3166-1 country with its CLDR name in the reader's language.</summary>
public sealed class CountriesTests
{
    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_ISO_3166_country_and_Kosovo_is_offered_and_no_other_territory()
    {
        Assert.Equal(250, Countries.Codes.Count);
        Assert.Contains("XK", Countries.Codes);
        Assert.Contains("AX", Countries.Codes);
        Assert.Contains("SS", Countries.Codes);
        Assert.DoesNotContain("DG", Countries.Codes);
        Assert.DoesNotContain("IC", Countries.Codes);
        Assert.DoesNotContain("EU", Countries.Codes);
        Assert.All(Countries.Codes, c => Assert.Matches("^[A-Z]{2}$", c));
    }

    [Fact]
    public void Names_are_Albanian_by_default_and_English_for_an_English_reader()
    {
        Assert.Equal("Ishujt Alandë", In("sq", () => Countries.NameOf("AX")));
        Assert.Equal("Maqedonia e Veriut", In("sq", () => Countries.NameOf("MK")));
        Assert.Equal("Kosovë", In("sq", () => Countries.NameOf("XK")));
        Assert.Equal("Åland Islands", In("en", () => Countries.NameOf("AX")));
        // Every offered country has a name of its own in Albanian, not its code.
        Assert.All(Countries.Codes, c => Assert.NotEqual(c, In("sq", () => Countries.NameOf(c))));
    }

    [Fact]
    public void The_list_puts_Albania_first_then_sorts_by_the_Albanian_alphabet()
    {
        var names = In("sq", () => Countries.Choices().Select(c => c.Text).ToList());

        Assert.Equal("Shqipëri", names[0]);
        Assert.Equal(250, names.Count);
        // Ç is a letter of its own after C, and Dh after D: Çeki comes after every C…, Dhe… names come after D….
        Assert.True(names.IndexOf("Çeki") > names.FindLastIndex(n => n.StartsWith('C')));
        Assert.True(names.IndexOf("Çeki") < names.FindIndex(n => n.StartsWith('D')));
        var compare = StringComparer.Create(new CultureInfo("sq"), CompareOptions.None);
        Assert.Equal(names.Skip(1).Order(compare), names.Skip(1));
    }

    [Fact]
    public void A_code_an_older_record_holds_keeps_its_name_and_stays_choosable_on_that_record()
    {
        Assert.True(Countries.IsKnown("DG"));
        Assert.Equal("Diego-Garsia", In("sq", () => Countries.NameOf("DG")));
        Assert.Contains(In("sq", () => Countries.Choices(["AL", "DG"])), c => c.Value == "DG");
        Assert.DoesNotContain(In("sq", () => Countries.Choices(["AL"])), c => c.Value == "DG");
        Assert.False(Countries.IsKnown("QQ"));
    }
}
