import Dispatch

/// Work started on another thread at once, its result waited for only when it is asked for.
final class InBackground<Value: Sendable>: @unchecked Sendable {
    // `result` is written once, before the group is left, and read only after waiting for the group.
    private var result: Value?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            group.leave()
        }
    }

    /// The work's result, once it has finished.
    var value: Value {
        group.wait()
        return result!
    }
}
