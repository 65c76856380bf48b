using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator registered for each action argument (asynchronously, so rules
/// may ask the database) and puts its errors into ModelState under the field's name, where the form
/// shows them next to the field. Actions then only check <c>ModelState.IsValid</c>.
/// </summary>
public sealed class ValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null || argument.GetType().IsPrimitive || argument is string)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        await next();
    }
}
