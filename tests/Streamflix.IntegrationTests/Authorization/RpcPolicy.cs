namespace Streamflix.IntegrationTests.Authorization;

/// <summary>Who may call an RPC. Every RPC of every service has exactly one, in <see cref="RpcPolicies"/>.</summary>
public enum RpcPolicy
{
    /// <summary>Anyone, signed in or not ([AllowAnonymous]): the catalog's shop window, sign-up, sign-in.</summary>
    Anonymous,

    /// <summary>Any signed-in caller, acting on the account named by its own token (the fallback policy).</summary>
    User,

    /// <summary>
    /// A signed-in caller naming a resource (account, profile, session) in the request, which must be
    /// its own: another account's resource is refused (PermissionDenied or NotFound). Fallback policy
    /// plus an ownership check in the handler.
    /// </summary>
    OwnAccount,

    /// <summary>Staff only ([Authorize(Roles = "admin")]).</summary>
    Admin,
}
