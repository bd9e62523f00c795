import Foundation

/// Writes files so that a reader never sees half a report: write a temporary file beside it, then rename.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating its folder if needed.
    public static func write(_ bytes: [UInt8], to url: URL) throws(OutputError) {
        let file = try StreamedFile(url)
        try file.append(bytes)
        try file.commit()
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }
}

/// A file written a piece at a time into a temporary file beside it, and renamed into place by `commit` once whole;
/// left uncommitted, the temporary file is removed.
public final class StreamedFile {
    private let url: URL
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Pieces are gathered up to this size before a write: a batch's summary gets one small record per JD.
    private static let bufferSize = 1 << 16

    /// Opens the temporary file for `url`, creating its folder if needed.
    public init(_ url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder.path, message: "cannot create the folder")
            }
        }
        self.url = url
        // Plain POSIX calls: a batch writes thousands of reports, and Foundation's file writing cost more than rendering.
        temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: url.path, message: "cannot be written: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Adds `bytes` to the end of the file.
    public func append(_ bytes: [UInt8]) throws(OutputError) {
        if buffer.isEmpty, bytes.count >= Self.bufferSize { return try writeAll(bytes) }
        buffer += bytes
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Adds `text`, as UTF-8, to the end of the file.
    public func append(_ text: String) throws(OutputError) {
        buffer += text.utf8
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes what is left, closes the file and renames it into place.
    public func commit() throws(OutputError) {
        try flush()
        let closed = close(descriptor) == 0
        let reason = String(cString: strerror(errno))
        descriptor = -1
        guard closed else {
            unlink(temporary)
            throw OutputError(path: url.path, message: "cannot be written: \(reason)")
        }
        guard rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: url.path, message: "cannot be replaced: \(reason)")
        }
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws(OutputError) {
        var written = 0
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                written += result
            }
            return false
        }
        if failed { throw OutputError(path: url.path, message: "cannot be written: \(String(cString: strerror(errno)))") }
    }
}
