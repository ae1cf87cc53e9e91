namespace Streamflix.IntegrationTests.Authorization;

/// <summary>Who presents a call in the authorization matrix. The owner goes last, so that its
/// successful calls (a deleted profile, a stopped session) cannot change what the others meet.</summary>
public enum MatrixCaller
{
    Anonymous,
    ExpiredToken,
    WrongKeyToken,
    AlgNoneToken,
    TamperedToken,
    OtherUser,
    Admin,
    Owner,
}

/// <summary>What a caller must get from an RPC under a policy.</summary>
public enum Expected
{
    /// <summary>Served: anything but Unauthenticated or PermissionDenied (a NotFound on a dummy request is fine).</summary>
    Served,
    Unauthenticated,
    PermissionDenied,

    /// <summary>Another account's resource: PermissionDenied, or NotFound (which says no more than that).</summary>
    NotYours,
}

public static class MatrixRules
{
    public static readonly MatrixCaller[] Callers = Enum.GetValues<MatrixCaller>();

    public static Expected For(RpcPolicy policy, MatrixCaller caller) => (policy, caller) switch
    {
        (RpcPolicy.Anonymous, _) => Expected.Served,
        (_, MatrixCaller.Anonymous or MatrixCaller.ExpiredToken or MatrixCaller.WrongKeyToken
            or MatrixCaller.AlgNoneToken or MatrixCaller.TamperedToken) => Expected.Unauthenticated,
        // Acting on the account its own token names: every signed-in caller is served its own data.
        (RpcPolicy.User, _) => Expected.Served,
        // Admin is just another account here: the role opens no one else's data.
        (RpcPolicy.OwnAccount, MatrixCaller.OtherUser or MatrixCaller.Admin) => Expected.NotYours,
        (RpcPolicy.OwnAccount, MatrixCaller.Owner) => Expected.Served,
        (RpcPolicy.Admin, MatrixCaller.Admin) => Expected.Served,
        (RpcPolicy.Admin, _) => Expected.PermissionDenied,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), $"{policy} / {caller}"),
    };

    public static bool IsRefusal(Grpc.Core.StatusCode code) =>
        code is Grpc.Core.StatusCode.Unauthenticated or Grpc.Core.StatusCode.PermissionDenied;

    public static bool Matches(Expected expected, Grpc.Core.StatusCode code) => expected switch
    {
        Expected.Served => !IsRefusal(code),
        Expected.Unauthenticated => code == Grpc.Core.StatusCode.Unauthenticated,
        Expected.PermissionDenied => code == Grpc.Core.StatusCode.PermissionDenied,
        Expected.NotYours => code is Grpc.Core.StatusCode.PermissionDenied or Grpc.Core.StatusCode.NotFound,
        _ => false,
    };
}
