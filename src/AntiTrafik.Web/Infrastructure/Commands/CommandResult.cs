namespace AntiTrafik.Web.Infrastructure.Commands;

/// <summary>What became of a command. <see cref="CommandResponses"/> turns each into the response.</summary>
public enum CommandStatus
{
    /// <summary>The change is saved.</summary>
    Done,

    /// <summary>No such record, or none the user may see: 404.</summary>
    NotFound,

    /// <summary>The user sees the record but may not do this: 403.</summary>
    Forbidden,

    /// <summary>The user may do this, but the record's rules (or someone's change meanwhile) say no: shown with <see cref="CommandResult.Message"/>.</summary>
    Refused,

    /// <summary>The form has errors: shown again with them (in ModelState already, or in <see cref="CommandResult.Errors"/>).</summary>
    Invalid,
}

/// <summary>One error on one field of a form; an empty field is the form as a whole.</summary>
public readonly record struct FieldError(string Field, string Message);

/// <summary>
/// The one result every command returns: done, not found, forbidden, refused with a message, or invalid.
/// A command that makes something new, or whose caller needs to know where to go next, returns
/// <see cref="CommandResult{T}"/> with that value.
/// </summary>
public sealed record CommandResult
{
    private CommandResult(CommandStatus status, string? message = null, IReadOnlyList<FieldError>? errors = null)
    {
        Status = status;
        Message = message;
        Errors = errors ?? [];
    }

    public CommandStatus Status { get; }

    /// <summary>Why it was refused (or, for an invalid form, what is wrong with it as a whole), in the user's language.</summary>
    public string? Message { get; }

    /// <summary>An invalid form's errors by field, for a command that finds them itself (the validators' are in ModelState already).</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsDone => Status == CommandStatus.Done;

    private static readonly CommandResult DoneResult = new(CommandStatus.Done);
    private static readonly CommandResult NotFoundResult = new(CommandStatus.NotFound);
    private static readonly CommandResult ForbiddenResult = new(CommandStatus.Forbidden);

    public static CommandResult Done() => DoneResult;

    public static CommandResult NotFound() => NotFoundResult;

    public static CommandResult Forbidden() => ForbiddenResult;

    public static CommandResult Refused(string message) => new(CommandStatus.Refused, message);

    /// <summary>The form has errors; <paramref name="message"/> says what, when the errors are not in ModelState already.</summary>
    public static CommandResult Invalid(string? message = null) => new(CommandStatus.Invalid, message);

    public static CommandResult Invalid(IEnumerable<FieldError> errors) => new(CommandStatus.Invalid, errors: errors.ToList());

    /// <summary>Done, with the value the caller needs (a new record's id, where to go next).</summary>
    public static CommandResult<T> Done<T>(T value) => new(DoneResult, value);

    /// <summary>This result with a value the caller needs whatever happened (e.g. the case page to return to after a refusal).</summary>
    public CommandResult<T> With<T>(T value) => new(this, value);
}

/// <summary>A <see cref="CommandResult"/> with a value: a new record's id, or where the caller goes next.</summary>
public sealed record CommandResult<T>
{
    internal CommandResult(CommandResult result, T? value)
    {
        Result = result;
        Value = value;
    }

    /// <summary>What became of the command, without the value.</summary>
    public CommandResult Result { get; }

    /// <summary>Set when done; set for other outcomes only when the command says so (<see cref="CommandResult.With{T}"/>).</summary>
    public T? Value { get; }

    public CommandStatus Status => Result.Status;

    public string? Message => Result.Message;

    public bool IsDone => Result.IsDone;

    /// <summary>A result without a value (not found, refused…) where a value was expected.</summary>
    public static implicit operator CommandResult<T>(CommandResult result) => new(result, default);
}
