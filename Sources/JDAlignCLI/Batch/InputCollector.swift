import Foundation
import JDAlignKit

/// Expands the command line's files and folders into the list of JDs to analyse.
enum InputCollector {
    /// The extensions a folder walk picks up; other files in a folder are left alone. A saved web page is read when
    /// named, but a walk leaves `.html` alone: a folder may hold an earlier run's HTML reports.
    static let extensions: Set<String> = ["pdf", "docx", "txt", "text", "md", "markdown"]

    /// One JD to read: its path, how reports name it, and where its reports go.
    struct Input: Equatable, Sendable {
        /// The path to read, as given or as found under a folder given.
        let path: String
        /// The name reports show: never the machine's folders unless the user asks (see `reportName`).
        let reportName: String
        /// The reports' path within the output folder, without extension: the file's name, or for a JD found in a
        /// folder its path within that folder, so same-named JDs in different subfolders keep their own reports.
        let reportStem: String
    }

    /// Files as given, in order; each folder replaced by the JDs inside it, recursively, sorted by path.
    /// Hidden files and folders, and the folder reports are written to, are skipped.
    static func collect(_ paths: [String], in context: CommandContext, skipping outputFolder: URL?) throws -> (inputs: [Input], walkedFolders: [URL]) {
        var collected: [Input] = []
        var walkedFolders: [URL] = []
        let skipped = outputFolder?.standardizedFileURL.path
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: context.url(for: path).path, isDirectory: &isDirectory), isDirectory.boolValue else {
                collected.append(Input(path: path, reportName: reportName(for: path), reportStem: ReportFormat.stem(for: path)))
                continue
            }
            walkedFolders.append(context.url(for: path))
            let found = walk(path, in: context, skipping: skipped)
            guard !found.isEmpty else {
                throw ReadingError(.cannotOpen, path: path, message: "holds no .pdf, .docx, .txt or .md files")
            }
            collected += found.map { found in
                let relative = reportName(for: found, within: path.hasPrefix("/") ? path : nil)
                let withinFolder = path.hasPrefix("/") ? relative : String(found.dropFirst(path.count).drop { $0 == "/" })
                return Input(path: found, reportName: relative, reportStem: (withinFolder as NSString).deletingPathExtension)
            }
        }
        return (collected, walkedFolders)
    }

    /// How a JD is named in reports: as given when that is relative, else without the machine's folders
    /// (its path within the folder walked, or its file name), so reports can be shared safely.
    static func reportName(for path: String, within folder: String? = nil) -> String {
        guard path.hasPrefix("/") else { return path }
        if let folder, path.hasPrefix(folder) {
            return String(path.dropFirst(folder.count).drop { $0 == "/" })
        }
        return (path as NSString).lastPathComponent
    }

    private static func walk(_ folder: String, in context: CommandContext, skipping skipped: String?) -> [String] {
        let root = context.url(for: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                if url.standardizedFileURL.path == skipped { enumerator.skipDescendants() }
                continue
            }
            guard extensions.contains(url.pathExtension.lowercased()) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)).drop { $0 == "/" }
            let path = (folder as NSString).appendingPathComponent(String(relative))
            // Reading a named pipe waits for a writer that never comes; sockets and devices are not JDs either.
            guard DocumentReader.isRegularFile(url) else {
                context.standardError.write("jdalign: \(path): skipped: not a regular file (a pipe, socket or device)\n")
                continue
            }
            found.append(path)
        }
        return found.sorted()
    }
}
