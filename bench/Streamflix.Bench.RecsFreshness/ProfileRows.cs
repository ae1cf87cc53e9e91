using Grpc.Core;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>GetRows for a viewer's profile, at the widest limits, and what in the answer reflects a start.</summary>
public sealed class ProfileRows(RecommendationsService.RecommendationsServiceClient recommendations)
{
    public async Task<GetRowsResponse> GetAsync(BenchViewer viewer, CancellationToken cancellationToken) =>
        await recommendations.GetRowsAsync(
            new GetRowsRequest { ProfileId = viewer.ProfileId, MaxRows = 20, TitlesPerRow = 40 },
            viewer.Auth,
            cancellationToken: cancellationToken);

    /// <summary>
    /// The "Because you watched" row seeded by the title, if any. The service seeds these rows from the
    /// profile's two most recent titles, so a start of a title the profile never started brings one
    /// that was not there before: the clearest change a single start makes (the title also leaves
    /// "Top picks", but it may never have been in them). It is only shown when it has titles in it,
    /// which the related anchors guarantee.
    /// </summary>
    public static Row? BecauseYouWatched(GetRowsResponse rows, string titleId) =>
        rows.Rows.FirstOrDefault(r => r.Kind == RowKind.BecauseYouWatched && r.SeedTitleId == titleId);

    /// <summary>Polls (bounded) until <paramref name="accept"/> takes the viewer's rows; for untimed preparation.</summary>
    public async Task<GetRowsResponse> WaitForAsync(
        BenchViewer viewer, Func<GetRowsResponse, bool> accept, TimeSpan limit, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            while (true)
            {
                var rows = await GetAsync(viewer, timeout.Token);
                if (accept(rows))
                {
                    return rows;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled }
            && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Gave up after {limit.TotalSeconds:F0} s waiting for {what}.");
        }
    }
}
