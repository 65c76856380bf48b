using AntiTrafik.Web.Data.Seeding;

namespace AntiTrafik.Tests.Data;

public sealed class AgencyCatalogTests
{
    [Theory]
    [InlineData("Malësi e Madhe", "MALESI-E-MADHE")]
    [InlineData("Korçë", "KORCE")]
    [InlineData("Fushë-Arrëz", "FUSHE-ARREZ")]
    public void Codes_are_plain_ASCII_made_from_Albanian_names(string name, string code) =>
        Assert.Equal(code, AgencyCatalog.CodeOf(name));

    [Fact]
    public void Every_seeded_code_is_unique_and_fits_its_column()
    {
        var geography = ReferenceDataSeeder.ReadCountiesAndMunicipalities();
        var all = AgencyCatalog.National
            .Concat(geography.Keys.SelectMany(AgencyCatalog.ForCounty))
            .Concat(geography.SelectMany(g => g.Value.Select(m => AgencyCatalog.ChildProtectionUnit(g.Key, m))))
            .ToList();

        Assert.Equal(all.Count, all.Select(a => a.Code).Distinct().Count());
        Assert.Equal(all.Count, all.Select(a => a.Name).Distinct().Count());
        Assert.All(all, a => Assert.InRange(a.Code.Length, 2, AntiTrafik.Domain.Agency.CodeMaxLength));
    }
}
