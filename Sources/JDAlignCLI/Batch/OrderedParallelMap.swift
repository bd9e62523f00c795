import Dispatch
import Foundation

/// Runs work on every core while handing results back in input order, a bounded batch at a time,
/// so memory stays flat however many JDs a trust has.
struct OrderedParallelMap {
    /// How many inputs are in flight at once.
    let batchSize: Int

    /// A batch sized for this machine: enough per core to keep every core busy, few enough to stay small.
    static func forThisMachine() -> OrderedParallelMap {
        OrderedParallelMap(batchSize: max(1, ProcessInfo.processInfo.activeProcessorCount) * 64)
    }

    /// Applies `transform` to every input in parallel and calls `deliver` with each result, in input order, on the calling thread.
    func run<Input: Sendable, Output: Sendable>(_ inputs: [Input], transform: @escaping @Sendable (Input) -> Output, deliver: (Output) -> Void) {
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
            let slots = ResultSlots<Output>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                slots.store(transform(batch[index]), at: index)
            }
            for output in slots.drain() { deliver(output) }
            start += batch.count
        }
    }
}

/// Results written by concurrent workers into their own slots.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    // Each worker writes only its own index, and the lock orders those writes before `drain`.
    private var slots: [Output?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ output: Output, at index: Int) {
        lock.lock()
        slots[index] = output
        lock.unlock()
    }

    func drain() -> [Output] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
