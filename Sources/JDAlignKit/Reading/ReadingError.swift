/// Why a file could not be read as a job description.
///
/// Every case renders as one line that names the file, so the command line can print it as it is.
public struct ReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in broad terms; the command line maps it to an exit status.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read (missing, a folder, no permission).
        case cannotOpen
        /// The format is one JDAlign does not read (.doc, .pdf, .rtf, .odt…).
        case unsupportedFormat
        /// The bytes are not a valid document of the format they claim.
        case malformed
        /// The document exceeds a safety limit (size, compression ratio).
        case tooLarge
    }

    /// The broad reason.
    public var reason: Reason
    /// The file, as the user named it.
    public var path: String
    /// A position inside the file ("line 4", "entry word/document.xml"), when there is one.
    public var position: String?
    /// The explanation, with what to do about it when that is known.
    public var message: String

    /// Creates an error.
    public init(_ reason: Reason, path: String, position: String? = nil, message: String) {
        self.reason = reason
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path[: position]: message`, on one line.
    public var description: String {
        if let position { return "\(path): \(position): \(message)" }
        return "\(path): \(message)"
    }
}
