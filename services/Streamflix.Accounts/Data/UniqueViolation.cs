using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Streamflix.Accounts.Data;

/// <summary>Recognises a race lost to a unique index: the other writer got there first.</summary>
internal static class UniqueViolation
{
    public static bool Of(DbUpdateException exception, string indexName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == indexName;
}
