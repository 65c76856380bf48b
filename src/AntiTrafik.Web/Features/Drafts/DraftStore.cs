using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiTrafik.Data;
using AntiTrafik.Domain.Drafts;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>
/// A person's drafts: what <c>wwwroot/js/drafts.js</c> sends while they type in a long form (only the fields they
/// changed, each with its label), kept sealed per person and form; the form's page fills itself from it
/// (<see cref="DraftFormTagHelper"/>); "my drafts" lists and shows them. Nobody but the owner ever reads one: every
/// read and write is by the signed-in person's id.
/// </summary>
public static class DraftStore
{
    /// <summary>The longest draft kept, in characters of its JSON: far above any honest form (a long minutes is a few thousand).</summary>
    public const int MaxChars = 200_000;

    public const int MaxFields = 500;

    /// <summary>A field with many values: a list of countries chosen.</summary>
    public const int MaxValuesPerField = 300;

    public const int MaxNameLength = 200;

    public const int MaxLabelLength = 300;

    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 4 };

    /// <summary>What the script sends besides the fields (which come as one JSON text, <c>Fields</c>, read unbound: it is longer than any bound value).</summary>
    public sealed class SaveForm
    {
        /// <summary>Which form (<see cref="DraftKinds"/>).</summary>
        public string? Kind { get; set; }

        /// <summary>The record the form changes; 0 for a new one.</summary>
        public int Record { get; set; }

        /// <summary>The record's version the page was opened on.</summary>
        public int? BaseVersion { get; set; }
    }

    /// <summary>One field as typed: its name in the form, the label the person read, its values and, for choices, the chosen options' texts.</summary>
    public sealed class DraftField
    {
        [JsonPropertyName("n")] public string? Name { get; init; }
        [JsonPropertyName("l")] public string? Label { get; init; }
        [JsonPropertyName("v")] public List<string>? Values { get; init; }
        [JsonPropertyName("t")] public List<string>? Texts { get; init; }
    }

    /// <summary>The owner's draft of a form, to fill the form with.</summary>
    /// <param name="RecordChangedSince">The record was saved by someone since the draft's form was opened.</param>
    public sealed record Restore(Guid Id, DateTime SavedAt, bool RecordChangedSince, IReadOnlyList<DraftField> Fields);

    /// <param name="Subject">The record's name (a case number, a meeting's title), when the reader still sees it.</param>
    public sealed record Row(Guid Id, DraftKind Kind, string? Subject, DateTime SavedAt, string Page);

    public sealed record ListModel(IReadOnlyList<Row> Drafts);

    public sealed record OneModel(Row Draft, IReadOnlyList<DraftField> Fields);

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, TimeProvider clock, IStringLocalizer<SharedResource> l, ILogger<Handler> logger)
    {
        /// <summary>Keeps what the person typed as their draft of the form, replacing the one before.</summary>
        /// <param name="fields">The typed fields as JSON (a list of <see cref="DraftField"/>).</param>
        public async Task<CommandResult> SaveAsync(SaveForm form, string? fields, ClaimsPrincipal user, bool formIsValid = true)
        {
            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            if (DraftKinds.Find(form.Kind) is not { } kind || (kind.HasRecord ? form.Record <= 0 : form.Record != 0) || user.GetUserId() is not { } owner)
            {
                return CommandResult.NotFound();
            }

            if (fields is null || fields.Length > MaxChars)
            {
                return CommandResult.Refused(l["This draft is too long to be kept (at most {0} characters). Send the form, or shorten what you typed.", MaxChars]);
            }

            if (Parse(fields) is not { } typed)
            {
                return CommandResult.Refused(l["The draft could not be read."]);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            for (var attempt = 1; ; attempt++)
            {
                var draft = await db.Drafts.SingleOrDefaultAsync(d => d.OwnerId == owner && d.Form == kind.Key && d.RecordId == form.Record);
                if (typed.Count == 0)
                {
                    // Nothing changed from the form as it was opened: there is nothing to keep.
                    return await DeleteAsync(draft);
                }

                if (draft is null)
                {
                    var oldest = Draft.OldestKeptAt(now);
                    if (await db.Drafts.CountAsync(d => d.OwnerId == owner && d.SavedAt > oldest) >= Draft.MaxPerOwner)
                    {
                        return CommandResult.Refused(l["You already keep {0} drafts. Send or discard some of them first.", Draft.MaxPerOwner]);
                    }

                    draft = new Draft { OwnerId = owner, Form = kind.Key, RecordId = form.Record, CreatedAt = now, ProtectedFields = string.Empty };
                    db.Drafts.Add(draft);
                }

                draft.ProtectedFields = protector.Seal(JsonSerializer.Serialize(typed, Json)).Ciphertext!;
                draft.BaseVersion = kind.HasRecord ? form.BaseVersion : null;
                draft.SavedAt = now;
                try
                {
                    await db.SaveChangesAsync();
                    return CommandResult.Done();
                }
                catch (DbUpdateException) when (attempt < 2)
                {
                    // Another tab of the same person made this draft at the same moment: save over it.
                    db.ChangeTracker.Clear();
                }
            }
        }

        /// <summary>The person's draft of this form, if they keep one; for a form that is being changed, whether its record moved on since.</summary>
        public async Task<Restore?> ForFormAsync(ClaimsPrincipal user, DraftKind kind, int record, int? currentVersion)
        {
            var owner = user.GetUserId();
            var oldest = Draft.OldestKeptAt(clock.GetUtcNow().UtcDateTime);
            var draft = await db.Drafts.AsNoTracking()
                .Where(d => d.OwnerId == owner && d.Form == kind.Key && d.RecordId == record && d.SavedAt > oldest)
                .Select(d => new { d.Id, d.SavedAt, d.BaseVersion, d.ProtectedFields })
                .SingleOrDefaultAsync();
            return draft is not null && Open(draft.ProtectedFields) is { } fields
                ? new Restore(draft.Id, draft.SavedAt, currentVersion is not null && draft.BaseVersion is not null && draft.BaseVersion != currentVersion, fields)
                : null;
        }

        /// <summary>The person's drafts, last saved first, each with the record it is about when the person still sees it.</summary>
        public async Task<ListModel> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var owner = user.GetUserId();
            var oldest = Draft.OldestKeptAt(clock.GetUtcNow().UtcDateTime);
            var drafts = await db.Drafts.AsNoTracking()
                .Where(d => d.OwnerId == owner && d.SavedAt > oldest)
                .OrderByDescending(d => d.SavedAt)
                .Select(d => new { d.Id, d.Form, d.RecordId, d.SavedAt })
                .ToListAsync(cancellationToken);
            var known = drafts.Select(d => (d.Id, Kind: DraftKinds.Find(d.Form), d.RecordId, d.SavedAt)).Where(d => d.Kind is not null).ToList();
            var subjects = await SubjectsAsync(known.Select(d => (d.Kind!.Subject, d.RecordId)), user, cancellationToken);
            return new ListModel(known
                .Select(d => new Row(d.Id, d.Kind!, subjects.GetValueOrDefault((d.Kind!.Subject, d.RecordId)), d.SavedAt, d.Kind.PageOf(d.RecordId)))
                .ToList());
        }

        /// <summary>One of the person's drafts with what was typed: the way back to it when its form cannot be opened any more.</summary>
        public async Task<OneModel?> OneAsync(Guid id, ClaimsPrincipal user)
        {
            var owner = user.GetUserId();
            var oldest = Draft.OldestKeptAt(clock.GetUtcNow().UtcDateTime);
            var draft = await db.Drafts.AsNoTracking().Where(d => d.Id == id && d.OwnerId == owner && d.SavedAt > oldest)
                .Select(d => new { d.Id, d.Form, d.RecordId, d.SavedAt, d.ProtectedFields })
                .SingleOrDefaultAsync();
            if (draft is null || DraftKinds.Find(draft.Form) is not { } kind || Open(draft.ProtectedFields) is not { } fields)
            {
                return null;
            }

            var subjects = await SubjectsAsync([(kind.Subject, draft.RecordId)], user, CancellationToken.None);
            return new OneModel(new Row(draft.Id, kind, subjects.GetValueOrDefault((kind.Subject, draft.RecordId)), draft.SavedAt, kind.PageOf(draft.RecordId)), fields);
        }

        public async Task<CommandResult> DiscardAsync(Guid id, ClaimsPrincipal user)
        {
            var owner = user.GetUserId();
            return await db.Drafts.Where(d => d.Id == id && d.OwnerId == owner).ExecuteDeleteAsync() > 0 ? CommandResult.Done() : CommandResult.NotFound();
        }

        /// <summary>The form was sent and saved: its draft has served.</summary>
        public Task SubmittedAsync(string owner, DraftKind kind, int record) =>
            db.Drafts.Where(d => d.OwnerId == owner && d.Form == kind.Key && d.RecordId == record).ExecuteDeleteAsync();

        /// <summary>Deletes every draft not saved for <see cref="Draft.Lifetime"/>.</summary>
        /// <returns>How many went.</returns>
        public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
        {
            var oldest = Draft.OldestKeptAt(clock.GetUtcNow().UtcDateTime);
            return db.Drafts.Where(d => d.SavedAt <= oldest).ExecuteDeleteAsync(cancellationToken);
        }

        private async Task<CommandResult> DeleteAsync(Draft? draft)
        {
            if (draft is not null)
            {
                db.Drafts.Remove(draft);
                await db.SaveChangesAsync();
            }

            return CommandResult.Done();
        }

        /// <summary>Names the records drafts are about, each read through its scope: a record the reader no longer sees stays unnamed.</summary>
        private async Task<Dictionary<(DraftSubject, int), string>> SubjectsAsync(IEnumerable<(DraftSubject Subject, int Record)> records, ClaimsPrincipal user,
            CancellationToken cancellationToken)
        {
            var wanted = records.Where(r => r.Subject != DraftSubject.None).ToList();
            var names = new Dictionary<(DraftSubject, int), string>();
            var cases = wanted.Where(r => r.Subject == DraftSubject.Case).Select(r => r.Record).Distinct().ToList();
            if (cases.Count > 0)
            {
                foreach (var c in await db.Visible(user).Where(c => cases.Contains(c.Id)).Select(c => new { c.Id, c.Number }).ToListAsync(cancellationToken))
                {
                    names[(DraftSubject.Case, c.Id)] = c.Number;
                }
            }

            var meetings = wanted.Where(r => r.Subject == DraftSubject.Meeting).Select(r => r.Record).Distinct().ToList();
            if (meetings.Count > 0)
            {
                foreach (var m in await db.Meetings.AsNoTracking().Visible(user).Where(m => meetings.Contains(m.Id)).Select(m => new { m.Id, m.Title }).ToListAsync(cancellationToken))
                {
                    names[(DraftSubject.Meeting, m.Id)] = m.Title;
                }
            }

            var bulletins = wanted.Where(r => r.Subject == DraftSubject.Bulletin).Select(r => r.Record).Distinct().ToList();
            if (bulletins.Count > 0)
            {
                foreach (var b in await db.Bulletins.AsNoTracking().Visible(user).Where(b => bulletins.Contains(b.Id)).Select(b => new { b.Id, b.Number }).ToListAsync(cancellationToken))
                {
                    names[(DraftSubject.Bulletin, b.Id)] = l["Bulletin no. {0}", b.Number];
                }
            }

            return names;
        }

        private List<DraftField>? Open(string protectedFields)
        {
            try
            {
                return JsonSerializer.Deserialize<List<DraftField>>(protector.Unseal(protectedFields) ?? "[]", Json);
            }
            catch (CryptographicException ex)
            {
                // A lost or replaced key folder: the draft cannot be read any more, as if it were gone.
                logger.LogWarning(ex, "A draft could not be opened with the current keys");
                return null;
            }
        }
    }

    /// <summary>
    /// The fields as the script sent them, or null for anything else: broken JSON, another shape, too many fields or
    /// values, a name, label or value too long. What is kept is written again from these, never the text as sent.
    /// </summary>
    public static List<DraftField>? Parse(string json)
    {
        List<DraftField?>? fields;
        try
        {
            fields = JsonSerializer.Deserialize<List<DraftField?>>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (fields is null || fields.Count > MaxFields || fields.Any(f => !IsWellFormed(f))
            || fields.Select(f => f!.Name).Distinct(StringComparer.Ordinal).Count() != fields.Count)
        {
            return null;
        }

        return fields.Select(f => new DraftField { Name = f!.Name, Label = f.Label, Values = f.Values, Texts = f.Texts }).ToList();
    }

    private static bool IsWellFormed(DraftField? field) =>
        field is { Name.Length: > 0 and <= MaxNameLength, Values: { Count: <= MaxValuesPerField } values }
        && (field.Label is null || field.Label.Length <= MaxLabelLength)
        && values.All(v => v is { Length: <= BoundedBinding.TextLimit })
        && (field.Texts is null || (field.Texts.Count == values.Count && field.Texts.All(t => t is { Length: <= MaxLabelLength })));

    /// <summary>Deletes drafts past their lifetime every <c>Drafts:SweepMinutes</c> (60 by default); reads leave them out anyway.</summary>
    public sealed class ExpiryJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ExpiryJob> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Drafts:SweepMinutes", 60)));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var count = await scope.ServiceProvider.GetRequiredService<Handler>().DeleteExpiredAsync(stoppingToken);
                    if (count > 0)
                    {
                        logger.LogInformation("{Count} drafts were past their lifetime and are deleted", count);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Deleting old drafts failed; it runs again at the next interval");
                }
            }
        }
    }
}
