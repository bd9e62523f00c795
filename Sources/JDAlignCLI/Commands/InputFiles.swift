import Foundation
import JDAlignKit

/// Reads the JD files named on the command line, `-` meaning standard input.
enum InputFiles {
    /// Reads one named input.
    static func read(_ path: String, in context: CommandContext) throws(ReadingError) -> SourceDocument {
        if path == "-" {
            return try DocumentReader.read(context.readStandardInput(), path: "-")
        }
        return try DocumentReader.read(contentsOf: context.url(for: path), path: path)
    }
}

extension InputFiles {
    /// The raw bytes of a named file, for commands that read lines rather than documents.
    static func bytes(_ path: String, in context: CommandContext) throws(ReadingError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: context.url(for: path).path) else {
            throw ReadingError(.cannotOpen, path: path, message: "cannot be opened (no such file, or no permission)")
        }
        return Array(data)
    }
}

extension InputFiles {
    /// A folder the user named, or an error (exit 66) naming it as given.
    static func requireFolder(_ path: String, in context: CommandContext) throws(ReadingError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: context.url(for: path).path, isDirectory: &isDirectory) else {
            throw ReadingError(.cannotOpen, path: path, message: "no such folder")
        }
        guard isDirectory.boolValue else { throw ReadingError(.cannotOpen, path: path, message: "is a file; give the folder that holds it") }
    }
}
