import Foundation
import JDAlignKit

/// The report formats `analyse` writes, with their file extensions and renderers.
enum ReportFormat: String, CaseIterable {
    case json

    /// The formats named on the command line (`all` for every one), json when none are named.
    static func parse(_ names: [String], command: String) throws(UsageError) -> [ReportFormat] {
        if names.isEmpty { return [.json] }
        if names.contains("all") { return allCases }
        var formats: [ReportFormat] = []
        for name in names {
            guard let format = ReportFormat(rawValue: name) else { throw UsageError(command: command, "unknown format '\(name)'") }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    /// `Reports/head-of-year.json` for `Examples/head-of-year.txt`; standard input is named `jd`.
    static func fileName(for inputPath: String, format: ReportFormat) -> String {
        let stem = inputPath == "-" ? "jd" : ((inputPath as NSString).lastPathComponent as NSString).deletingPathExtension
        return "\(stem).\(format.rawValue)"
    }

    /// The report's bytes.
    func render(_ analysis: Analysis) -> [UInt8] {
        switch self {
        case .json: Array((JSONWriter.write(JSONReport.value(of: analysis), style: .pretty) + "\n").utf8)
        }
    }
}
