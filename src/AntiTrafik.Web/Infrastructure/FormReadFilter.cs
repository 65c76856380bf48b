using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// Reads a posted form once, before the antiforgery check and model binding, so that a form the portal cannot read gets
/// the right answer with the portal's own page: 413 for a request larger than the action takes (an upload over its
/// limit), 400 for a form with a value over <see cref="BoundedBinding.RawValueBytes"/>, too many fields or a broken body.
/// Without it the antiforgery check answered such a form with a bare 400, and the error page itself, binding its code
/// from the unreadable form, showed "page not found".
/// Runs after MVC's request size and form limit filters (order 900), before antiforgery (1000).
/// </summary>
public sealed class FormReadFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        // The error pages re-executed for a refused request do not read its body again.
        if (!request.HasFormContentType || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }

        var metadata = http.GetEndpoint()?.Metadata;
        var sizeLimit = metadata?.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var multipartLimit = metadata?.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit;
        var multipart = request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        if (request.ContentLength is { } length && (length > sizeLimit || (multipart && length > multipartLimit)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            context.Result = new StatusCodeResult(e.StatusCode);
        }
        catch (InvalidDataException)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }
}
