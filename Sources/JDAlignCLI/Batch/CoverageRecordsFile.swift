import Foundation

/// The trust summary's `summary.coverage.jsonl`: one record per JD, written as each JD is delivered, so a run over
/// a hundred thousand JDs holds none of them.
final class CoverageRecordsFile {
    private let file: StreamedFile
    private var failure: OutputError?

    /// Starts the file at `url`; it appears there only when `finish` succeeds.
    init(_ url: URL) throws(OutputError) {
        file = try StreamedFile(url)
    }

    /// Adds one record and its line break. After a failed write the rest are dropped and `finish` throws: a batch is not
    /// stopped half-way for its summary.
    func add(_ record: [UInt8]) {
        guard failure == nil else { return }
        do throws(OutputError) {
            try file.append(record)
            try file.append([0x0A])
        } catch {
            failure = error
        }
    }

    /// Puts the file in place, or throws why it could not be written.
    func finish() throws(OutputError) {
        if let failure { throw failure }
        try file.commit()
    }
}
