import Foundation

/// Writes files so that a reader never sees half a report: write a temporary file beside it, then rename.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating its folder if needed.
    public static func write(_ bytes: [UInt8], to url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder.path, message: "cannot create the folder")
            }
        }
        // Plain POSIX calls: a batch writes thousands of reports, and Foundation's file writing cost more than rendering.
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: url.path, message: "cannot be written: \(String(cString: strerror(errno)))")
        }
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
        let reason = failed ? String(cString: strerror(errno)) : nil
        guard close(descriptor) == 0, !failed else {
            unlink(temporary)
            throw OutputError(path: url.path, message: "cannot be written: \(reason ?? String(cString: strerror(errno)))")
        }
        guard rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: url.path, message: "cannot be replaced: \(reason)")
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }
}
