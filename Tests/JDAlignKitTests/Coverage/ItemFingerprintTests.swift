import Testing
import JDAlignKit

@Suite("Item fingerprints")
struct ItemFingerprintTests {
    @Test("trivial re-typing keeps the fingerprint", arguments: [
        "lead on safeguarding and child protection, ensuring the school's procedures are followed by all staff",
        "Lead on  safeguarding and child protection,\nensuring the school’s procedures are followed by all staff.",
        "LEAD ON SAFEGUARDING AND CHILD PROTECTION – ensuring the schools procedures are followed by all staff!",
        "  Lead on safeguarding; and child-protection, ensuring the school's procedures are followed by all staff…",
    ])
    func stableUnderRetyping(_ variant: String) {
        #expect(ItemFingerprint.of(variant) == ItemFingerprint.of(ReviewFixtures.safeguardingDuty))
    }

    @Test("rewording changes the fingerprint", arguments: [
        "Lead on safeguarding and child protection, ensuring the trust's procedures are followed by all staff.",
        "Lead on safeguarding, ensuring the school's procedures are followed by all staff.",
        "Support safeguarding and child protection, ensuring the school's procedures are followed by all staff.",
    ])
    func changesWhenReworded(_ variant: String) {
        #expect(ItemFingerprint.of(variant) != ItemFingerprint.of(ReviewFixtures.safeguardingDuty))
    }

    @Test("fingerprints are 16 lowercase hex digits and pass the format check")
    func format() {
        let fingerprint = ItemFingerprint.of(ReviewFixtures.attendanceDuty)
        #expect(fingerprint.count == 16)
        #expect(fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(ItemFingerprint.isWellFormed(fingerprint))
        #expect(!ItemFingerprint.isWellFormed("3f2a"))
        #expect(!ItemFingerprint.isWellFormed("zzzzzzzzzzzzzzzz"))
    }

    @Test("the hash is FNV-1a 64 of the normalised text")
    func knownVectors() {
        // Published FNV-1a 64 test vectors: "" and "a".
        #expect(ItemFingerprint.of("") == "cbf29ce484222325")
        #expect(ItemFingerprint.of("A.") == "af63dc4c8601ec8c")
        #expect(ItemFingerprint.normalised("Pupils’ well-being: e.g. SEND") == "pupils well being e g send")
    }
}
