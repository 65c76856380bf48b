namespace AntiTrafik.Tests.Support;

/// <summary>The demo sign-ins the brief names, as tests refer to them.</summary>
public static class Demo
{
    public const string Admin = "admin@antitrafik.demo";
    public const string Coordinator = "koordinator@antitrafik.demo";
    public const string PoliceTirana = "policia.tirane@antitrafik.demo";
    public const string SocialServiceTirana = "shssh.tirane@antitrafik.demo";
    public const string ShelterTdb = "strehez.tdb@antitrafik.demo";
    public const string ChildRightsAgency = "ashmdf@antitrafik.demo";
    public const string PoliceVlora = "policia.vlore@antitrafik.demo";
    public const string SocialServiceSupervisor = "mbikeqyrese.shssh.tirane@antitrafik.demo";
    public const string ShelterSupervisor = "mbikeqyrese.strehez@antitrafik.demo";
    public const string Secretary = "sekretar@antitrafik.demo";
}
