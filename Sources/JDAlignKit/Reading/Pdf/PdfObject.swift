/// A PDF object (ISO 32000-1 §7.3): the values a PDF file and its content streams are written in.
///
/// Not `indirect`: arrays and dictionaries already hold their elements on the heap, and boxing every number of a
/// content stream cost an allocation per operand.
enum PdfObject: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    case string([UInt8])
    case array([PdfObject])
    case dictionary(PdfDictionary)
    case reference(PdfReference)
    case stream(PdfStream)

    /// The number, whether written as an integer or a real.
    var number: Double? {
        switch self {
        case let .integer(value): Double(value)
        case let .real(value): value
        default: nil
        }
    }

    var integer: Int? {
        switch self {
        case let .integer(value): value
        case let .real(value) where value.isFinite && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    var name: String? {
        if case let .name(value) = self { return value }
        return nil
    }

    var array: [PdfObject]? {
        if case let .array(value) = self { return value }
        return nil
    }

    /// The dictionary, or a stream's dictionary.
    var dictionary: PdfDictionary? {
        switch self {
        case let .dictionary(value): value
        case let .stream(stream): stream.dictionary
        default: nil
        }
    }

    var stringBytes: [UInt8]? {
        if case let .string(value) = self { return value }
        return nil
    }
}

/// An indirect reference, `12 0 R`.
struct PdfReference: Sendable, Hashable {
    var number: Int
    var generation: Int
}

/// A PDF dictionary; keys are names without the slash.
struct PdfDictionary: Sendable, Equatable {
    var entries: [String: PdfObject] = [:]

    subscript(key: String) -> PdfObject? {
        get { entries[key] }
        set { entries[key] = newValue }
    }
}

/// A stream: its dictionary and where its raw (still encoded) bytes lie in the file or object stream.
struct PdfStream: Sendable, Equatable {
    var dictionary: PdfDictionary
    /// The encoded bytes.
    var data: ArraySlice<UInt8>
}
