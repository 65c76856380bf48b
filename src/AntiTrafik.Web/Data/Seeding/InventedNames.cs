using AntiTrafik.Domain.Cases;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// Names for invented people (the demo history's victims and staff, the bench's cases). First names are common
/// Albanian given names; a surname is three syllables drawn at random (ko·dra·ni → Kodrani), so a full name is an
/// invented combination that names no one, and invented people rarely share a name (as real ones rarely do).
/// </summary>
public static class InventedNames
{
    public static readonly string[] Women =
    [
        "Ana", "Elira", "Mirela", "Klea", "Sara", "Arta", "Besa", "Drita", "Blerta", "Teuta", "Jonida", "Flutura", "Rudina", "Valbona",
        "Anisa", "Brikena", "Dorina", "Enkeleda", "Fatjona", "Gerta", "Hana", "Irisa", "Jora", "Kejsi", "Lindita", "Manjola", "Nertila",
        "Oriana", "Pranvera", "Rezarta", "Sidorela", "Tea", "Vjosa", "Xhensila", "Ermira", "Aurora", "Eriselda", "Dajana", "Alketa", "Megi",
    ];

    public static readonly string[] Men =
    [
        "Ilir", "Gent", "Erion", "Kledi", "Orges", "Redon", "Altin", "Besmir", "Dritan", "Endrit", "Fatmir", "Gazmend", "Henri", "Indrit",
        "Jurgen", "Klajdi", "Luan", "Marsel", "Nikolin", "Olsi", "Petrit", "Renaldo", "Sokol", "Taulant", "Urim", "Valmir", "Xhuljan",
        "Ylber", "Andi", "Arlind", "Denis",
    ];

    /// <summary>First names for people from outside the Albanian-speaking countries (the few foreign citizens).</summary>
    public static readonly string[] ForeignWomen = ["Amina", "Fatima", "Leila", "Nadia", "Samira", "Yasmin", "Olena", "Maria", "Grace", "Joy"];

    public static readonly string[] ForeignMen = ["Ahmad", "Omar", "Karim", "Farid", "Hassan", "Rashid", "Bilal", "Yusuf", "Andrii", "Jose"];

    /// <summary>
    /// The bench's first names (of either sex), in the order the bench has always drawn them, so its generated data stays
    /// the same from one run to the next and results stay comparable (bench/run.sh searches for "Drita").
    /// </summary>
    public static readonly string[] Bench =
        ["Ana", "Elira", "Mirela", "Klea", "Sara", "Arta", "Besa", "Drita", "Ilir", "Gent", "Erion", "Kledi", "Blerta", "Teuta", "Jonida", "Orges", "Redon", "Flutura", "Rudina", "Valbona"];

    private static readonly string[] Syllables =
        ["ko", "dra", "ni", "ba", "sha", "le", "ka", "ma", "ri", "do", "ce", "li", "pri", "fti", "de", "hy", "ça", "rë", "gjo", "me", "ta", "ku", "ze", "bo", "shi", "na", "ve", "lo", "mi", "tu"];

    public static string FirstName(Random random, Sex sex, bool foreign = false)
    {
        var names = (sex, foreign) switch
        {
            (Sex.Male, false) => Men,
            (Sex.Male, true) => ForeignMen,
            (_, false) => Women,
            _ => ForeignWomen,
        };
        return names[random.Next(names.Length)];
    }

    /// <summary>Three syllables: about 27 000 surnames.</summary>
    public static string Surname(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
