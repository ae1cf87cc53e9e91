using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Streamflix.IntegrationTests.Authorization;

namespace Streamflix.Authorization.Tests;

/// <summary>
/// What the attributes on an implementing method (and its class) let through, in the terms of the
/// policy table. The fallback policy (an authenticated caller) covers both User and OwnAccount; the
/// ownership check lives in the handler and is proven by the integration matrix.
/// </summary>
public enum DeclaredAccess
{
    Anonymous,
    AuthenticatedByFallback,
    AdminRole,
    SomethingElse,
}

public static class DeclaredAccessReader
{
    public static DeclaredAccess Read(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var onMethod = method.GetCustomAttributes(inherit: true).Concat(method.DeclaringType!.GetCustomAttributes(inherit: true)).ToList();
        var anonymous = onMethod.OfType<IAllowAnonymous>().Any();
        var authorize = onMethod.OfType<IAuthorizeData>().ToList();
        return (anonymous, authorize) switch
        {
            (true, []) => DeclaredAccess.Anonymous,
            (false, []) => DeclaredAccess.AuthenticatedByFallback,
            (false, [{ Roles: StreamflixRoles.Admin, Policy: null, AuthenticationSchemes: null }]) => DeclaredAccess.AdminRole,
            // [AllowAnonymous] beside [Authorize], a policy name, a scheme: not a shape the table can express.
            _ => DeclaredAccess.SomethingElse,
        };
    }

    public static DeclaredAccess Expected(RpcPolicy policy) => policy switch
    {
        RpcPolicy.Anonymous => DeclaredAccess.Anonymous,
        RpcPolicy.User or RpcPolicy.OwnAccount => DeclaredAccess.AuthenticatedByFallback,
        RpcPolicy.Admin => DeclaredAccess.AdminRole,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}

internal static class StreamflixRoles
{
    public const string Admin = Streamflix.ServiceDefaults.Auth.StreamflixClaims.AdminRole;
}
