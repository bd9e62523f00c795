import Foundation

/// Writes files so that a reader never sees half a report: write a temporary file beside it, then rename.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating its folder if needed.
    public static func write(_ bytes: [UInt8], to url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder.path, message: "cannot create the folder")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw OutputError(path: url.path, message: "cannot be written (is the folder writable?)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: url.path, message: "cannot be replaced: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }
}
