import Foundation
import JDAlignKit

/// How `diff` and `check` turn their arguments into analyses and decisions: the one place they meet the pipeline.
enum ReviewInputs {
    static let decisionsHelp = "Apply the governors' decisions in FILE (see Docs/decisions.md)."

    /// Reads and analyses one JD.
    static func analysis(of path: String, with analyser: Analyser, in context: CommandContext) throws -> Analysis {
        analyser.analyse(try InputFiles.read(path, in: context))
    }

    /// Reads a decisions file.
    static func decisions(at path: String, in context: CommandContext) throws -> DecisionsFile {
        guard let data = FileManager.default.contents(atPath: context.url(for: path).path) else {
            throw ReadingError(.cannotOpen, path: path, message: "cannot be read (is the path right?)")
        }
        return try DecisionsFile.decode(Array(data), file: path)
    }

    /// Reads every `--decisions FILE`, keyed by the JD file name each is about.
    static func decisionsByJD(_ arguments: ParsedArguments, in context: CommandContext) throws -> DecisionsByJD {
        var files: [String: DecisionsFile] = [:]
        for path in arguments.list("decisions") {
            let file = try decisions(at: path, in: context)
            files[file.jd] = file
        }
        return DecisionsByJD(command: arguments.command, files: files)
    }

    /// The date review dates are checked against: `--today`, or the system's date.
    static func today(_ arguments: ParsedArguments) throws -> CalendarDate {
        guard let text = arguments.value("today") else {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
            return CalendarDate(iso: String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)) ?? CalendarDate(iso: "1970-01-01")!
        }
        guard let date = CalendarDate(iso: text) else {
            throw UsageError(command: arguments.command, "--today expects a date as YYYY-MM-DD, not '\(text)'")
        }
        return date
    }
}

/// Decisions files matched to the JDs they are about, by the JD's file name.
struct DecisionsByJD {
    let command: String
    private(set) var files: [String: DecisionsFile]

    init(command: String, files: [String: DecisionsFile]) {
        self.command = command
        self.files = files
    }

    /// The decisions for the JD at `path`, if a file names it; each file is used once.
    mutating func take(for path: String) -> DecisionsFile? {
        files.removeValue(forKey: (path as NSString).lastPathComponent)
    }

    /// A decisions file that matched no JD is a mistake worth stopping for: its decisions would be silently lost.
    func checkAllUsed() throws {
        if let unused = files.values.first {
            throw UsageError(command: command, "a decisions file is about '\(unused.jd)', which is not among the JDs given")
        }
    }
}
