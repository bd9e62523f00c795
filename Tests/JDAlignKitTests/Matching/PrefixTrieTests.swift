import Testing
@testable import JDAlignKit

@Suite struct PrefixTrieTests {
    let trie = PrefixTrie(["safeguard": [3], "safe": [1, 7], "curric": [2], "ca": [5], "caf\u{E9}": [6]])

    func ids(_ word: String) -> [Int] {
        var found: [Int] = []
        trie.forEachID(startingWith: word) { found.append($0) }
        return found.sorted()
    }

    @Test func findsEveryPrefixAWordStartsWith() {
        #expect(ids("safeguarding") == [1, 3, 7])
        #expect(ids("safe") == [1, 7])
        #expect(ids("safer") == [1, 7])
        #expect(ids("curriculum") == [2])
        #expect(ids("caf\u{E9}s") == [5, 6])
    }

    @Test func findsNothingForAWordThatOnlyContainsAPrefix() {
        #expect(ids("unsafe").isEmpty)
        #expect(ids("saf").isEmpty)
        #expect(ids("").isEmpty)
        #expect(PrefixTrie([:]).isEmpty)
        #expect(!trie.isEmpty)
    }
}
