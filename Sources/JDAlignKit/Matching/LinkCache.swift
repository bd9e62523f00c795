import Foundation

/// Remembers the links of lines already matched, so wording shared across a trust's JDs is matched once.
///
/// Trusts write JDs from templates: the same duty lines recur across posts and years. Matching is a pure
/// function of a line and its section heading, so a hit returns exactly what matching would. The cache is
/// bounded and simply starts afresh when full, which keeps memory flat on any corpus.
final class LinkCache: @unchecked Sendable {
    // Guarded by `lock`; workers of a batch share one matcher.
    private var entries: [String: [Link]] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached links of a line, or the result of `compute`, which is then cached.
    func links(text: String, section: String, compute: () -> [Link]) -> [Link] {
        let key = section + "\u{1F}" + text
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached { return cached }
        let links = compute()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = links
        lock.unlock()
        return links
    }
}
