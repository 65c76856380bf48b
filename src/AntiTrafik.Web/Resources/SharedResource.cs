namespace AntiTrafik.Web.Resources;

/// <summary>
/// Marker for the portal's one string table. Keys are the English text; <c>SharedResource.resx</c> holds
/// English and <c>SharedResource.sq.resx</c> Albanian, the default language.
/// </summary>
public sealed class SharedResource;
