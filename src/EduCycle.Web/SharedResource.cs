namespace EduCycle.Web;

/// <summary>Marker for the shared UI resources: the Russian text is the key; English resources can follow.</summary>
public sealed class SharedResource;
