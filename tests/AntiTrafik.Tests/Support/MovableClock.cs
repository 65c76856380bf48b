namespace AntiTrafik.Tests.Support;

/// <summary>The portal's clock in tests: starts at the real time and moves only when a test moves it.</summary>
public sealed class MovableClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
