// The Streamflix player: plays a playback manifest with hls.js, fails over between its edges,
// and reports heartbeats to the page's .NET side (Watch.razor, PlayerBridge).
//
// Test and diagnostic hooks (read by the browser tests; keep them small and stable):
//   <video data-edge="{edge now serving}" data-session="{playback session id}">
//   window.streamflixPlayer = {
//     edge,         // name of the edge now serving
//     edgesTried,   // names of the edges tried, in order (a name repeats after a session restart)
//     errors,       // every hls.js error seen: { type, details, fatal }
//     failovers,    // how many times the player moved to the next edge
//     hlsJs,        // true when hls.js plays (MSE), false when the browser plays HLS itself
//   }

// Short budgets: a dead edge should cost a few seconds before the next one is tried, not the
// long default retries meant for a single origin.
const loadPolicy = (firstByteMs, loadMs) => ({
  default: {
    maxTimeToFirstByteMs: firstByteMs,
    maxLoadTimeMs: loadMs,
    timeoutRetry: { maxNumRetry: 1, retryDelayMs: 0, maxRetryDelayMs: 0 },
    errorRetry: { maxNumRetry: 1, retryDelayMs: 300, maxRetryDelayMs: 1000 },
  },
});

// A forward buffer of about three 4-s segments, not hls.js's 30 s: the player keeps talking to its
// edge, so a dead edge is noticed (and left) while there is still video buffered to cover the
// switch, and a steering change reaches viewers within seconds. The price is more, smaller fetches.
// Both limits: for low bit rates hls.js raises the target to fill maxBufferSize, up to the max.
const hlsConfig = (startPosition) => ({
  startPosition,
  maxBufferLength: 12,
  maxMaxBufferLength: 12,
  manifestLoadPolicy: loadPolicy(3000, 5000),
  playlistLoadPolicy: loadPolicy(3000, 5000),
  fragLoadPolicy: loadPolicy(3000, 10000),
});

// Load failures in a row on one edge (without a load succeeding between) that mean it is gone,
// even while hls.js would still try other renditions on it.
const loadFailuresBeforeFailover = 3;

const loadErrorDetails = new Set([
  'manifestLoadError', 'manifestLoadTimeOut', 'levelLoadError', 'levelLoadTimeOut',
  'fragLoadError', 'fragLoadTimeOut', 'audioTrackLoadError', 'audioTrackLoadTimeOut',
]);

let hlsScript;

function loadHls(url) {
  if (window.Hls) {
    return Promise.resolve(window.Hls);
  }
  hlsScript ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => (window.Hls ? resolve(window.Hls) : reject(new Error('hls.js did not load')));
    script.onerror = () => {
      hlsScript = undefined;
      reject(new Error(`hls.js could not be loaded from ${url}`));
    };
    document.head.appendChild(script);
  });
  return hlsScript;
}

const finite = (value) => (Number.isFinite(value) && value > 0 ? value : 0);

class Player {
  constructor(video, quality, manifest, bridge, Hls) {
    this.video = video;
    this.quality = quality;
    this.bridge = bridge;
    this.Hls = Hls;
    this.hls = null;
    this.stopped = false;
    this.sawPlaying = false;
    this.rebuffers = 0;
    this.loadFailures = 0;
    this.mediaRecoveries = 0;
    this.hooks = {
      edge: '',
      edgesTried: [],
      errors: [],
      failovers: 0,
      hlsJs: Boolean(Hls && Hls.isSupported()),
    };
    window.streamflixPlayer = this.hooks;
    this.listen();
    this.use(manifest, finite(manifest.resumeSeconds));
  }

  listen() {
    this.onPlaying = () => { this.sawPlaying = true; };
    this.onWaiting = () => { if (this.sawPlaying) this.rebuffers += 1; };
    this.onPause = () => { if (!this.video.ended) this.heartbeat(); };
    this.onEnded = () => this.heartbeat();
    this.onQuality = () => this.applyQuality();
    this.video.addEventListener('playing', this.onPlaying);
    this.video.addEventListener('waiting', this.onWaiting);
    this.video.addEventListener('pause', this.onPause);
    this.video.addEventListener('ended', this.onEnded);
    this.quality?.addEventListener('change', this.onQuality);
  }

  // A manifest (the first, or a new session's after SESSION_ENDED) starts at its first edge.
  use(manifest, position) {
    this.manifest = manifest;
    this.edgeIndex = 0;
    this.video.dataset.session = manifest.sessionId;
    clearInterval(this.timer);
    const every = Math.max(1, manifest.heartbeatIntervalSeconds || 10) * 1000;
    this.timer = setInterval(() => this.heartbeat(), every);
    this.play(position);
  }

  get edge() {
    return this.manifest.edges[this.edgeIndex];
  }

  play(position) {
    const edge = this.edge;
    this.hooks.edge = edge.name;
    this.hooks.edgesTried.push(edge.name);
    this.video.dataset.edge = edge.name;
    this.loadFailures = 0;
    this.mediaRecoveries = 0;
    this.destroyHls();

    // hls.js first: this Chromium also claims native HLS, which would bypass failover and
    // quality control.
    if (this.hooks.hlsJs) {
      const hls = new this.Hls(hlsConfig(position));
      this.hls = hls;
      hls.on(this.Hls.Events.ERROR, (_, data) => this.onHlsError(hls, data));
      const loaded = () => { this.loadFailures = 0; };
      hls.on(this.Hls.Events.MANIFEST_LOADED, loaded);
      hls.on(this.Hls.Events.LEVEL_LOADED, loaded);
      hls.on(this.Hls.Events.FRAG_LOADED, loaded);
      hls.on(this.Hls.Events.MANIFEST_PARSED, () => {
        this.applyQuality();
        this.start();
      });
      hls.loadSource(edge.url);
      hls.attachMedia(this.video);
    } else if (this.video.canPlayType('application/vnd.apple.mpegurl')) {
      this.video.src = edge.url;
      this.video.addEventListener('loadedmetadata', () => {
        if (position > 0) this.video.currentTime = position;
        this.start();
      }, { once: true });
      this.video.onerror = () => this.failover();
    } else {
      this.fail();
    }
  }

  // Autoplay: with sound if the browser allows it (the viewer pressed Play), muted otherwise.
  start() {
    this.video.play().catch((error) => {
      if (error && error.name === 'NotAllowedError' && !this.video.muted) {
        this.video.muted = true;
        this.video.play().catch(() => {});
      }
    });
  }

  onHlsError(hls, data) {
    if (hls !== this.hls) return;
    this.hooks.errors.push({ type: data.type, details: data.details, fatal: Boolean(data.fatal) });
    if (data.fatal) {
      // A media error may be a decoder hiccup that one recovery fixes; a second one, or any
      // other fatal error (network, mux), means this edge cannot play: try the next.
      if (data.type === this.Hls.ErrorTypes.MEDIA_ERROR && this.mediaRecoveries === 0) {
        this.mediaRecoveries += 1;
        hls.recoverMediaError();
        return;
      }
      this.failover();
      return;
    }
    if (loadErrorDetails.has(data.details)) {
      this.loadFailures += 1;
      if (this.loadFailures >= loadFailuresBeforeFailover) {
        this.failover();
      }
    }
  }

  failover() {
    if (this.stopped) return;
    const position = this.position();
    if (this.edgeIndex + 1 >= this.manifest.edges.length) {
      this.fail();
      return;
    }
    this.edgeIndex += 1;
    this.hooks.failovers += 1;
    this.play(position);
    this.heartbeat();
  }

  fail() {
    const position = this.position();
    this.shutdown();
    this.bridge.invokeMethodAsync('AllEdgesFailed', position).catch(() => {});
  }

  applyQuality() {
    if (!this.hls || !this.quality) return;
    const height = Number.parseInt(this.quality.value, 10);
    if (!Number.isFinite(height)) {
      this.hls.currentLevel = -1;
      return;
    }
    const level = this.hls.levels.findIndex((l) => l.height === height);
    this.hls.currentLevel = level;
  }

  height() {
    const level = this.hls ? this.hls.levels[this.hls.currentLevel] : undefined;
    return (level && level.height) || this.video.videoHeight || 0;
  }

  position() {
    return finite(this.video.currentTime) || finite(this.startedAt());
  }

  startedAt() {
    return this.hls ? this.hls.config.startPosition : 0;
  }

  async heartbeat() {
    if (this.stopped) return;
    const report = {
      positionSeconds: this.position(),
      height: this.height(),
      rebufferCount: this.rebuffers,
      edge: this.edge ? this.edge.name : '',
    };
    let answer;
    try {
      answer = await this.bridge.invokeMethodAsync('Heartbeat', report);
    } catch {
      return; // the circuit is gone or busy: the next beat tries again
    }
    if (!answer || this.stopped) return;
    if (answer.problem) {
      this.shutdown();
    } else if (answer.restart) {
      this.use(answer.restart, this.position());
    }
    if (answer.renewSignIn && this.renewal) {
      fetch(this.renewal.url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [this.renewal.header]: this.renewal.handle },
      }).catch(() => {});
    }
  }

  destroyHls() {
    if (this.hls) {
      this.hls.destroy();
      this.hls = null;
    }
  }

  shutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    this.destroyHls();
    this.video.removeEventListener('playing', this.onPlaying);
    this.video.removeEventListener('waiting', this.onWaiting);
    this.video.removeEventListener('pause', this.onPause);
    this.video.removeEventListener('ended', this.onEnded);
    this.quality?.removeEventListener('change', this.onQuality);
    this.video.onerror = null;
  }
}

const players = new WeakMap();

/**
 * Starts playing `manifest` in `video`. `options`: { hlsUrl, renewal: { url, header, handle } }.
 */
export async function attach(video, quality, manifest, bridge, options) {
  let Hls = null;
  try {
    Hls = await loadHls(options.hlsUrl);
  } catch (error) {
    console.warn(error);
  }
  players.get(video)?.shutdown();
  const player = new Player(video, quality, manifest, bridge, Hls);
  player.renewal = options.renewal;
  players.set(video, player);
}

/** Stops the player and returns the position to save (seconds). */
export function detach(video) {
  const player = players.get(video);
  if (!player) return 0;
  const position = player.position();
  player.shutdown();
  players.delete(video);
  video.removeAttribute('src');
  video.load();
  return position;
}
