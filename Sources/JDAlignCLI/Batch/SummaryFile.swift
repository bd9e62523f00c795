import Foundation

/// A file of the trust summary written a piece at a time: `summary.coverage.jsonl` a record as each JD is delivered,
/// and the summary's pages as they are rendered, so a run over a hundred thousand JDs never holds one whole.
final class SummaryFile {
    private let file: StreamedFile
    private var failure: OutputError?

    /// Starts the file at `url`; it appears there only when `finish` succeeds.
    init(_ url: URL) throws(OutputError) {
        file = try StreamedFile(url)
    }

    /// Adds a record and its line break.
    func addLine(_ record: [UInt8]) {
        add { file throws(OutputError) in
            try file.append(record)
            try file.append([0x0A])
        }
    }

    /// Adds a piece of text.
    func add(_ text: String) {
        add { file throws(OutputError) in try file.append(text) }
    }

    /// Puts the file in place, or throws why it could not be written.
    func finish() throws(OutputError) {
        if let failure { throw failure }
        try file.commit()
    }

    /// After a failed write the rest are dropped and `finish` throws: neither a batch nor a renderer is stopped
    /// half-way for its summary.
    private func add(_ append: (StreamedFile) throws(OutputError) -> Void) {
        guard failure == nil else { return }
        do throws(OutputError) {
            try append(file)
        } catch {
            failure = error
        }
    }
}
