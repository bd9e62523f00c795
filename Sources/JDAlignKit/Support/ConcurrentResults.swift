import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, each written once by its own task.
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: tasks on different cores write different slots, but the array itself is shared.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order; call once all tasks have finished, which must each have written its slot.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}
