import Foundation
import JDAlignKit

/// Everything needed to analyse one JD and write its reports, shared read-only by the workers of a batch.
struct AnalysisJob: Sendable {
    let analyser: Analyser
    let applier: DecisionApplier
    let decisions: [String: [Decision]]
    let today: CalendarDate
    /// Whether the user pinned the date with `--today`; otherwise undated JDs get no review status, so their
    /// reports do not change from day to day.
    let todayWasGiven: Bool
    /// The formats of each JD's own reports: none when only the trust summary is wanted.
    let formats: [ReportFormat]
    /// The layout of JSON reports: one line, or indented with `--pretty`.
    let jsonStyle: JSONWriter.Style
    let catalogue: Catalogue
    /// The folder reports go to; nil to print JSON Lines instead.
    let outputFolder: URL?
    let writeStarterDecisions: Bool
    /// Whether each JD adds a record to the summary's coverage file (`--format summary`).
    let recordsCoverage: Bool

    /// A JD to analyse: a path, and its bytes when they were read already (standard input).
    struct Input: Sendable {
        let path: String
        /// The name the reports show for it.
        let reportName: String
        /// Where its reports go within the output folder, without extension.
        let reportStem: String
        let url: URL
        let bytes: [UInt8]?
    }

    /// What became of one JD.
    enum Outcome: Sendable {
        /// Analysed; the reports were written, and `jsonLine` (its JSON report, or its coverage record) is to be added to
        /// the run's stream of JSON Lines: standard output, or the summary's coverage file.
        case analysed(TrustSummary.Entry, written: [String], jsonLine: [UInt8]?)
        /// Not analysed, and why.
        case failed(path: String, error: any Error & Sendable)
    }

    /// Reads and segments one JD: the part of its analysis that needs no compiled rules.
    static func read(_ input: Input) -> Result<JobDescription, ReadingError> {
        Result { () throws(ReadingError) in
            let document = if let bytes = input.bytes {
                try DocumentReader.read(bytes, path: input.path)
            } else {
                try DocumentReader.read(contentsOf: input.url, path: input.path)
            }
            return Segmenter().segment(document)
        }
    }

    /// Reads (unless `read` is its reading already), analyses and reports one JD; never throws, so one bad file cannot
    /// stop a batch.
    func run(_ input: Input, read: Result<JobDescription, ReadingError>? = nil) -> Outcome {
        do {
            var analysis = analyser.analyse(try (read ?? Self.read(input)).get())
            analysis.jobDescription.path = input.reportName
            if let decisions = decisions[input.path] {
                analysis = applier.apply(decisions, to: analysis)
            }
            let metadata = analysis.jobDescription.metadata
            if todayWasGiven || metadata.lastReviewed != nil || metadata.nextReview != nil {
                analysis.review = ReviewCheck.status(of: metadata, today: today)
            }
            guard let outputFolder else {
                return .analysed(TrustSummary.Entry(analysis), written: [],
                                 jsonLine: JSONReport.bytes(of: analysis, catalogue: catalogue, style: jsonStyle))
            }
            let stem = input.reportStem
            let analysed = analysis
            var files: [ReportFile] = []
            // The formats are rendered side by side: for one JD, HTML alone took as long as Markdown and JSON together.
            OrderedParallelMap(batchSize: max(1, formats.count)).run(formats, transform: { [catalogue, jsonStyle] format in
                format.files(analysed, catalogue: catalogue, stem: stem, jsonStyle: jsonStyle)
            }, deliver: { files += $0 })
            if writeStarterDecisions {
                files.append(ReportFile(name: "\(stem).decisions.json", text: StarterDecisions.text(for: analysis)))
            }
            for file in files {
                try AtomicFileWriter.write(file.bytes, to: outputFolder.appendingPathComponent(file.name))
            }
            return .analysed(TrustSummary.Entry(analysis), written: files.map(\.name),
                             jsonLine: recordsCoverage ? CoverageRecord.bytes(of: analysis) : nil)
        } catch let error as ReadingError {
            return .failed(path: input.reportName, error: error)
        } catch let error as OutputError {
            return .failed(path: input.reportName, error: error)
        } catch {
            return .failed(path: input.reportName, error: OutputError(path: input.path, message: "\(error)"))
        }
    }
}
