namespace Streamflix.ServiceDefaults.Tests.Secrets;

public sealed class RepositorySecretScanTests
{
    [Fact]
    public void No_file_in_the_repository_holds_a_secret_literal()
    {
        var root = RepositoryFiles.Root();
        var scanned = RepositoryFiles.Enumerate(root).Count();
        var findings = SecretScanner.ScanRepository(root);

        Assert.True(scanned > 200, $"only {scanned} files scanned under {root}: the walk is broken");
        Assert.True(findings.Count == 0, "Secret-looking text (move it to an Aspire parameter, or allow-list it with a reason):\n"
            + string.Join('\n', findings));
    }

    // The samples are assembled at run time so that this file does not itself trip the scan.
    public static TheoryData<string, string> Planted => new()
    {
        { "private key", "-----BEGIN " + "RSA PRIVATE KEY-----" },
        { "JWT", "eyJ" + "hbGciOiJIUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U" },
        { "password in a connection string", "Host=db;Username=app;Pass" + "word=hunter2hunter2;" },
        { "secret-named setting with a literal value", "\"Signing" + "Key\": \"c2VjcmV0LXNlY3JldC1zZWNyZXQ\"" },
        { "long base64 key", "\"Key\": \"" + "q3T9xZ" + "fP0aLm8Rk2vW7nB1cY4eH6jD5sGuQi0oXtAy\"" },
        { "long hex key", "0x" + "9f86d081884c7d659a2feaa0" + "c55ad015a3bf4f1b2b0b" + "822cd15d6c15b0f00a08" },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_pattern_finds_a_planted_secret(string pattern, string line)
    {
        var findings = SecretScanner.ScanText("planted.json", line).ToList();

        Assert.Contains(findings, f => f.Pattern == pattern);
    }

    [Theory]
    [InlineData("Password = Viewers.Password,")]
    [InlineData("ConnectionStrings__db=Host=db;Password={password}")]
    [InlineData("\"AdminPassword\": \"\"")]
    [InlineData("var signature = Base64Url.EncodeToString(mac);")]
    [InlineData("IdempotencyKey = \"0123456789012345678901234567890123456789\"")]
    [InlineData("options.DangerousAcceptAnyServerCertificateValidatorForTesting = true")]
    public void Placeholders_and_code_are_not_secrets(string line) =>
        Assert.Empty(SecretScanner.ScanText("code.cs", line));

    [Fact]
    public void Allow_list_entries_name_a_reason_and_an_existing_file()
    {
        var root = RepositoryFiles.Root();
        Assert.All(SecretAllowList.Entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
            Assert.True(File.Exists(Path.Combine(root, entry.Path)) || Directory.Exists(Path.Combine(root, entry.Path)), entry.Path);
        });
    }
}
