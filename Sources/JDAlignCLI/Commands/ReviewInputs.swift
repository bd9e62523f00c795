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
}
