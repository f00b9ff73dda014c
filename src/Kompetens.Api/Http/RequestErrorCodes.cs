namespace Kompetens.Api.Http;

/// <summary>The stable <c>extensions.code</c> values of requests refused before GraphQL runs them.</summary>
public static class RequestErrorCodes
{
    public const string InvalidJson = "REQUEST_INVALID_JSON";
    public const string InvalidParameters = "REQUEST_INVALID_PARAMETERS";
    public const string UnsupportedMediaType = "REQUEST_UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "REQUEST_NOT_ACCEPTABLE";
    public const string MutationOverGet = "REQUEST_MUTATION_OVER_GET";
    public const string BodyTooLarge = "REQUEST_BODY_TOO_LARGE";
    public const string DocumentTooLarge = "REQUEST_DOCUMENT_TOO_LARGE";
    public const string DocumentTooDeep = "REQUEST_DOCUMENT_TOO_DEEP";
    public const string InternalError = "INTERNAL_ERROR";
}
