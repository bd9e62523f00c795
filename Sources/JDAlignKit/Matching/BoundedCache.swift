import Foundation

/// Remembers results already computed for a text, so wording shared across a trust's JDs is matched once.
///
/// Trusts write JDs from templates: the same duty lines and section headings recur across posts and years.
/// What is cached is a pure function of its key, so a hit returns exactly what computing would. The cache is
/// bounded and simply starts afresh when full, which keeps memory flat on any corpus.
final class BoundedCache<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`; the workers of a batch share one matcher.
    private var entries: [String: Value] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached value for `key`, or the result of `compute`, which is then cached.
    func value(for key: String, compute: () -> Value) -> Value {
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached { return cached }
        let value = compute()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        lock.unlock()
        return value
    }
}
