using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// A database has no process of its own, so nothing reports its state and a service that
/// <c>WaitFor</c>s it would wait forever. It takes its parent server's state; its own health
/// check then says whether the database itself answers.
/// </summary>
internal static class ChildResourceState
{
    public static IResourceBuilder<T> WithStateOfParent<T>(this IResourceBuilder<T> builder, string resourceType)
        where T : IResource, IResourceWithParent
    {
        builder.WithInitialState(new CustomResourceSnapshot
        {
            ResourceType = resourceType,
            State = KnownResourceStates.Waiting,
            Properties = [],
        });

        builder.OnInitializeResource((resource, initialize, cancellationToken) =>
        {
            var stopping = initialize.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = MirrorAsync(resource, initialize.Notifications, stopping);
            return Task.CompletedTask;
        });
        return builder;
    }

    private static async Task MirrorAsync(IResourceWithParent child, ResourceNotificationService notifications, CancellationToken stopping)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping).ConfigureAwait(false))
            {
                if (!ReferenceEquals(update.Resource, child.Parent))
                {
                    continue;
                }

                var parent = update.Snapshot;
                await notifications.PublishUpdateAsync(child, snapshot => snapshot with
                {
                    State = parent.State,
                    StartTimeStamp = parent.StartTimeStamp,
                    StopTimeStamp = parent.StopTimeStamp,
                }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
