/// Counts for precision and recall when "right" (possible) and "expected" (sure) differ, as with two annotators.
public struct Scores: Sendable, Equatable {
    /// Predictions made.
    public var predicted = 0
    /// Predictions that are in the possible set.
    public var correct = 0
    /// Sure links expected.
    public var expected = 0
    /// Sure links that were predicted.
    public var found = 0

    /// Creates empty counts.
    public init() {}

    /// Adds one line's prediction against its gold.
    public mutating func add(predicted: Set<String>, sure: Set<String>, possible: Set<String>) {
        self.predicted += predicted.count
        correct += predicted.intersection(possible).count
        expected += sure.count
        found += predicted.intersection(sure).count
    }

    /// Correct predictions out of all predictions (1 when nothing was predicted).
    public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    /// Sure links found out of all sure links (1 when none were expected).
    public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
