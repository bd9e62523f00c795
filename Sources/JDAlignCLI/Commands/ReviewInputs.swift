import Foundation
import JDAlignKit

/// How `diff` and `check` turn their arguments into analyses and decisions: the one place they meet the pipeline.
enum ReviewInputs {
    static let decisionsHelp = "Apply the governors' decisions in FILE (see Docs/decisions.md)."

    /// Reads and analyses one JD, names it as reports should (no folders of this machine), and applies any decisions.
    static func analysis(of path: String, reportName: String? = nil, with analyser: Analyser,
                         decisions: [Decision]? = nil, applier: DecisionApplier? = nil, in context: CommandContext) throws -> Analysis {
        var analysis = analyser.analyse(try InputFiles.read(path, in: context))
        analysis.jobDescription.path = reportName ?? InputCollector.reportName(for: path)
        if let decisions, let applier { analysis = applier.apply(decisions, to: analysis) }
        return analysis
    }

    /// Reads a decisions file.
    static func decisions(at path: String, in context: CommandContext) throws -> DecisionsFile {
        guard let data = FileManager.default.contents(atPath: context.url(for: path).path) else {
            throw ReadingError(.cannotOpen, path: path, message: "cannot be read (is the path right?)")
        }
        return try DecisionsFile.decode(Array(data), file: path)
    }

    /// Reads every `--decisions FILE` and matches each to the one JD among `paths` it is about (its `jd` field is that
    /// JD's file name, or more of its path where names repeat). Anything that would drop decisions silently is an
    /// error: two files about one JD, a file matching several JDs, or a file matching none.
    static func decisions(for paths: [String], _ arguments: ParsedArguments, in context: CommandContext) throws -> [String: [Decision]] {
        var assigned: [String: [Decision]] = [:]
        var source: [String: String] = [:]
        for file in arguments.list("decisions") {
            let decisionsFile = try decisions(at: file, in: context)
            let jd = decisionsFile.jd
            let matches = paths.filter { $0 == jd || $0.hasSuffix("/" + jd) }
            guard let path = matches.first else {
                throw UsageError(command: arguments.command, "\(file) is about '\(jd)', which is not among the JDs given")
            }
            guard matches.count == 1 else {
                throw UsageError(command: arguments.command, "\(file) is about '\(jd)', which matches \(matches.joined(separator: " and ")); write more of the path in its \"jd\" field")
            }
            if let other = source.updateValue(file, forKey: path) {
                throw UsageError(command: arguments.command, "\(other) and \(file) are both about \(path); merge them into one decisions file")
            }
            assigned[path] = decisionsFile.decisions
        }
        return assigned
    }

    /// The date review dates are checked against: `--today`, or the system's date.
    static func today(_ arguments: ParsedArguments) throws -> CalendarDate {
        guard let text = arguments.value("today") else {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
            return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        }
        guard let date = CalendarDate(iso: text) else {
            throw UsageError(command: arguments.command, "--today expects a date as YYYY-MM-DD, not '\(text)'")
        }
        return date
    }
}
