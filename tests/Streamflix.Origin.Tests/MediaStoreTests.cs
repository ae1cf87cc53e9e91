using System.Text;
using Streamflix.Origin.Storage;

namespace Streamflix.Origin.Tests;

public sealed class MediaStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "origin-tests-" + Guid.NewGuid().ToString("N"));
    private readonly MediaStore _store;

    public MediaStoreTests() => _store = new MediaStore(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static MediaPath PathOf(string relative, string title = "the-long-night") => new(title, relative);

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_written_object_can_be_found_with_its_length()
    {
        var outcome = await _store.WriteAsync(PathOf("480p/seg_001.ts"), Body("segment"), 1024, CancellationToken.None);

        Assert.Equal(WriteStatus.Created, outcome.Status);
        var stored = _store.Find(PathOf("480p/seg_001.ts"));
        Assert.NotNull(stored);
        Assert.Equal(7, stored.Length);
        Assert.Equal("segment", await File.ReadAllTextAsync(stored.FullPath));
        Assert.StartsWith(_store.Root + Path.DirectorySeparatorChar, stored.FullPath);
    }

    [Fact]
    public async Task Writing_again_replaces_the_object_and_leaves_no_temp_files()
    {
        await _store.WriteAsync(PathOf("master.m3u8"), Body("old"), 1024, CancellationToken.None);
        var outcome = await _store.WriteAsync(PathOf("master.m3u8"), Body("new playlist"), 1024, CancellationToken.None);

        Assert.Equal(WriteStatus.Replaced, outcome.Status);
        Assert.Equal("new playlist", await File.ReadAllTextAsync(_store.Find(PathOf("master.m3u8"))!.FullPath));
        Assert.Equal(["master.m3u8"], Directory.GetFiles(Path.Combine(_root, "the-long-night")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_write_keeps_the_previous_object_whole()
    {
        await _store.WriteAsync(PathOf("master.m3u8"), Body("complete"), 1024, CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() =>
            _store.WriteAsync(PathOf("master.m3u8"), new FailingStream(Encoding.UTF8.GetBytes("half")), 1024, CancellationToken.None));

        Assert.Equal("complete", await File.ReadAllTextAsync(_store.Find(PathOf("master.m3u8"))!.FullPath));
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "the-long-night")));
    }

    [Fact]
    public async Task An_object_over_the_limit_is_refused_and_not_stored()
    {
        var outcome = await _store.WriteAsync(PathOf("seg.ts"), Body(new string('x', 101)), 100, CancellationToken.None);

        Assert.Equal(WriteStatus.TooLarge, outcome.Status);
        Assert.Null(_store.Find(PathOf("seg.ts")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "the-long-night")));
    }

    [Theory]
    [InlineData("..", "etc/passwd")]
    [InlineData("the-long-night", "../../outside.ts")]
    [InlineData("the-long-night", "/etc/passwd")]
    public async Task Paths_outside_the_root_are_refused_even_when_built_without_validation(string title, string relative)
    {
        // MediaPath.TryCreate would refuse these; the record's constructor does not, and the store must.
        var path = new MediaPath(title, relative);

        Assert.Throws<MediaPathOutsideStoreException>(() => _store.Find(path));
        await Assert.ThrowsAsync<MediaPathOutsideStoreException>(() => _store.WriteAsync(path, Body("x"), 10, CancellationToken.None));
        Assert.Empty(Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Deleting_a_title_removes_its_folder_only()
    {
        await _store.WriteAsync(PathOf("master.m3u8"), Body("a"), 10, CancellationToken.None);
        await _store.WriteAsync(PathOf("master.m3u8", "other-title"), Body("b"), 10, CancellationToken.None);

        Assert.True(_store.DeleteTitle("the-long-night"));
        Assert.False(_store.DeleteTitle("the-long-night"));
        Assert.Null(_store.Find(PathOf("master.m3u8")));
        Assert.NotNull(_store.Find(PathOf("master.m3u8", "other-title")));
    }

    [Fact]
    public async Task Deleting_with_keep_drops_every_other_version_of_the_title()
    {
        await _store.WriteAsync(PathOf("vold/master.m3u8"), Body("old"), 10, CancellationToken.None);
        await _store.WriteAsync(PathOf("vnew/master.m3u8"), Body("new"), 10, CancellationToken.None);
        await _store.WriteAsync(PathOf("master.m3u8"), Body("flat"), 10, CancellationToken.None);

        Assert.True(_store.DeleteTitle("the-long-night", keep: "vnew"));

        Assert.NotNull(_store.Find(PathOf("vnew/master.m3u8")));
        Assert.Null(_store.Find(PathOf("vold/master.m3u8")));
        Assert.Null(_store.Find(PathOf("master.m3u8")));
    }

    [Fact]
    public async Task The_manifest_lists_files_and_sizes()
    {
        await _store.WriteAsync(PathOf("master.m3u8"), Body("abc"), 10, CancellationToken.None);
        await _store.WriteAsync(PathOf("480p/seg_001.ts"), Body("12345"), 10, CancellationToken.None);

        var manifest = _store.GetManifest("the-long-night");

        Assert.NotNull(manifest);
        Assert.Equal(["480p/seg_001.ts", "master.m3u8"], manifest.Files.Select(f => f.Path));
        Assert.Equal(8, manifest.TotalBytes);
        Assert.Null(_store.GetManifest("no-such-title"));
    }

    private sealed class FailingStream(byte[] first) : MemoryStream(first)
    {
        private bool _sent;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
            {
                throw new IOException("connection reset");
            }

            _sent = true;
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
