namespace AntiTrafik.Domain.SignIns;

/// <summary>
/// Failed sign-in steps for one account name from one address. After a few free tries each further try must
/// wait, longer after every failure; the same account from another address (its owner at their desk) is not
/// slowed at all, so nobody can lock another person out. Kept in the database, so a restart or another instance
/// neither forgets nor tells anything.
/// </summary>
public sealed class SignInThrottle : IOperationalRecord
{
    public const int AccountKeyMaxLength = 64;
    public const int AddressMaxLength = 45;

    /// <summary>Tries without any wait.</summary>
    public const int FreeTries = 3;

    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(24);

    public int Id { get; private set; }

    /// <summary>A keyed hash of what was typed as the account (the e-mail, or the account for the second step).</summary>
    public required string AccountKey { get; init; }

    public required string Address { get; init; }

    public int Failures { get; private set; }

    public DateTime LastFailureAt { get; private set; }

    public DateTime NextTryAt { get; private set; }

    /// <summary>How long the next try must wait after this many failures: nothing, then 5 s doubling to 15 minutes.</summary>
    public static TimeSpan WaitAfter(int failures)
    {
        if (failures < FreeTries)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeTries, 20);
        var wait = FirstWait * Math.Pow(2, doublings);
        return wait < LongestWait ? wait : LongestWait;
    }

    /// <summary>Time left before another try is heard; zero when it may be tried now.</summary>
    public TimeSpan WaitLeft(DateTime now) => IsForgottenAt(now) || NextTryAt <= now ? TimeSpan.Zero : NextTryAt - now;

    public bool IsForgottenAt(DateTime now) => now - LastFailureAt > Memory;

    public void Failed(DateTime now)
    {
        Failures = IsForgottenAt(now) ? 1 : Failures + 1;
        LastFailureAt = now;
        NextTryAt = now + WaitAfter(Failures);
    }
}
