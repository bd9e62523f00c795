import Foundation

/// Tells the user how a long batch is going, on standard error.
///
/// Quiet for runs under about a second; then a live bar with count, rate and time left on a terminal,
/// or a plain line every few seconds when standard error is a file or a CI log.
final class ProgressReporter {
    private let sink: any TextSink
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var done = 0
    private var lastShown = Date.distantPast
    private var shownAny = false

    init(total: Int, sink: any TextSink, quiet: Bool) {
        self.sink = sink
        self.total = total
        self.enabled = !quiet && total > 1
    }

    /// Counts one more JD finished.
    func advance() {
        done += 1
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        let interval = sink.isTerminal ? 0.1 : 5
        guard elapsed >= 1, now.timeIntervalSince(lastShown) >= interval || done == total else { return }
        lastShown = now
        shownAny = true
        sink.write(sink.isTerminal ? "\r\(line(elapsed: elapsed))\u{1B}[K" : line(elapsed: elapsed) + "\n")
    }

    /// Ends the live bar's line.
    func finish() {
        if shownAny, sink.isTerminal { sink.write("\n") }
    }

    private func line(elapsed: TimeInterval) -> String {
        let rate = Double(done) / max(elapsed, 0.001)
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(sink.isTerminal ? bar + " " : "")\(done)/\(total) JDs, \(Int(rate.rounded()))/s, \(Self.duration(left)) left"
    }

    private static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
    }
}
