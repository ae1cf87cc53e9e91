using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Streamflix.Playback.Data;
using Streamflix.Playback.Model;
using Streamflix.Playback.Redis;
using Streamflix.Playback.Telemetry;
using Streamflix.Playback.Upstream;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Sessions;

/// <summary>
/// Pressing Play. The checks run cheapest and most permanent first (profile, title, plan, edges),
/// and the stream slot is taken last, so a refusal for any other reason never holds a slot; once the
/// slot is taken, any failure gives it back before the error leaves.
/// </summary>
public sealed class SessionStarter(
    ProfileDirectory profiles,
    TitleSource titles,
    EntitlementSource entitlements,
    EdgeDirectory edges,
    StreamLeases leases,
    PlaybackReader reader,
    PlaybackWriter writer,
    MediaSigningKeyHolder signingKey,
    IOptions<PlaybackOptions> options,
    TimeProvider clock,
    PlaybackMetrics metrics,
    ILogger<SessionStarter> logger)
{
    public async Task<StartedPlayback> StartAsync(
        Guid accountId, Guid profileId, string titleId, string? region, Metadata authorization, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var playback = await AuthorizeAndStartAsync(accountId, profileId, titleId, region, authorization, cancellationToken);
            outcome = "granted";
            return playback;
        }
        catch (PlaybackRefusedException)
        {
            outcome = "refused";
            throw;
        }
        finally
        {
            metrics.Authorized(Stopwatch.GetElapsedTime(started), outcome);
        }
    }

    private async Task<StartedPlayback> AuthorizeAndStartAsync(
        Guid accountId, Guid profileId, string titleId, string? region, Metadata authorization, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (signingKey.Key is not { } key)
        {
            logger.LogError("{Setting} is missing or shorter than {Bytes} bytes: no video address can be signed",
                MediaSigningKey.ConfigurationKey, MediaSigningKey.MinimumBytes);
            throw new DependencyUnavailableException("Playback cannot sign video addresses right now; please try again later.");
        }

        var profile = await profiles.RequireOwnAsync(accountId, profileId, authorization, cancellationToken);
        var title = await titles.RequirePlayableAsync(titleId, profile.Kids, authorization, cancellationToken);

        // The resume position (Postgres) is read while the plan (Redis, billing on a miss) and the edges
        // are checked: one round trip less on the way to the first frame. Refusals keep their order, and
        // the read is always awaited, so the request's DbContext is never left in use.
        var progress = reader.FindProgressAsync(profile.Id, title.TitleId, cancellationToken);
        var (entitlement, ranked) = await AwaitingAnywayAsync(progress, async () =>
        {
            var plan = (await entitlements.GetAsync(accountId, authorization, cancellationToken)).RequireWatchingAt(clock.GetUtcNow());
            if (RenditionLadder.CapTo(title.Renditions, plan.MaxHeight).Count == 0)
            {
                throw PlaybackRefusedException.NotReady("This title has no version your plan can play yet.");
            }

            var edgesRanked = EdgeSteering.Rank(
                await edges.ReadRecentAsync(cancellationToken), region ?? settings.DefaultRegion, title.TitleId, clock.GetUtcNow(), settings.EdgeStaleAfter);
            if (edgesRanked.Count == 0)
            {
                logger.LogWarning("No edge is serving: playback of {TitleId} refused", titleId);
                throw PlaybackRefusedException.NoEdge();
            }

            return (plan, edgesRanked);
        });

        var renditions = RenditionLadder.CapTo(title.Renditions, entitlement.MaxHeight);
        var resumeAt = WatchProgress.ResumePosition(await progress);

        var now = clock.GetUtcNow();
        var sessionId = Guid.NewGuid();
        var session = PlaySession.Start(
            sessionId, accountId, profile.Id, title.TitleId, ranked.Select(e => e.Name).ToList(),
            resumeAt, title.DurationSeconds, entitlement.MaxHeight, now);

        var lease = await leases.TryAcquireAsync(accountId, session.SessionId, entitlement.MaxStreams, now, now + settings.Lease);
        if (!lease.Acquired)
        {
            throw PlaybackRefusedException.StreamLimit(entitlement.MaxStreams);
        }

        try
        {
            var urlsExpireAt = now + settings.UrlLifetime;
            var manifestEdges = ManifestEdge.Sign(key, ranked, title, session.SessionId, urlsExpireAt, entitlement.MaxHeight);
            await writer.StartSessionAsync(session, cancellationToken);

            metrics.PlayStarted(entitlement.PlanId, ranked[0].Name);
            logger.LogInformation("Session {SessionId}: profile {ProfileId} plays {TitleId} from {Position:0.#} s via {Edge}",
                session.SessionId, profile.Id, title.TitleId, resumeAt, ranked[0].Name);
            return new StartedPlayback(
                session, entitlement, renditions, manifestEdges, urlsExpireAt,
                settings.EffectiveHeartbeatIntervalSeconds, settings.LeaseSeconds);
        }
        catch
        {
            await ReleaseQuietlyAsync(accountId, session.SessionId);
            throw;
        }
    }

    /// <summary>Runs <paramref name="checks"/>; when they throw, waits for <paramref name="pending"/> (ignoring its outcome) first.</summary>
    private static async Task<T> AwaitingAnywayAsync<T>(Task pending, Func<Task<T>> checks)
    {
        try
        {
            return await checks();
        }
        catch
        {
            try
            {
                await pending;
            }
            catch (Exception)
            {
                // The checks' refusal is the answer; the read's own failure adds nothing to it.
            }

            throw;
        }
    }

        private async Task ReleaseQuietlyAsync(Guid accountId, string sessionId)
    {
        try
        {
            await leases.ReleaseAsync(accountId, sessionId);
        }
        catch (Exception e)
        {
            // The lease then expires on its own within LeaseSeconds.
            logger.LogWarning("The lease of failed session {SessionId} was not released: {Error}", sessionId, e.Message);
        }
    }
}
