using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Streamflix.EventBus.Outbox;

internal static class InboxDuplicate
{
    /// <summary>
    /// The insert into the inbox table hit its primary key: a concurrent delivery of the same event
    /// to the same consumer committed first. A unique violation on any other table is a real error.
    /// </summary>
    public static bool IsInboxKeyViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && string.Equals(postgres.TableName, OutboxModelBuilderExtensions.InboxTable, StringComparison.Ordinal);
}
