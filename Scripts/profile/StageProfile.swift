import Foundation

/// Times each stage of the pipeline over a folder of JDs, in one process: loading and compiling the standards once,
/// then for every JD reading the file, reading the document, segmenting, matching, coverage, rendering JSON and
/// HTML, and writing the JSON. It is the benchmark's per-stage breakdown. Compiled with the library as one module
/// by `Scripts/profile-stages`, so it can call each stage on its own.
@main
enum StageProfile {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let folder = arguments.first else {
            FileHandle.standardError.write(Data("usage: stage-profile JD-FOLDER [LIMIT]\n".utf8))
            exit(64)
        }
        let limit = arguments.dropFirst().first.flatMap { Int($0) } ?? Int.max
        let paths = try files(in: URL(fileURLWithPath: folder)).prefix(limit)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("stage-profile-\(getpid())")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }

        var clock = StageClock()
        let library = try clock.time("load the standards") { try StandardsLibrary.builtIn() }
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let matcher = try clock.time("compile the rules") { try Matcher(library: library, frameworks: frameworks) }
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let segmenter = Segmenter()
        let calculator = CoverageCalculator()
        let startUp = clock.total

        var bytesRead = 0
        for (index, url) in paths.enumerated() {
            let bytes = try clock.time("read the file") { Array(try Data(contentsOf: url)) }
            bytesRead += bytes.count
            let document = try clock.time("reading") { try DocumentReader.read(bytes, path: url.lastPathComponent) }
            let jobDescription = clock.time("segmenting") { segmenter.segment(document) }
            let links = clock.time("matching") {
                var links: [String: [Link]] = [:]
                for item in jobDescription.assessableItems {
                    let itemLinks = matcher.links(for: item)
                    if !itemLinks.isEmpty { links[item.id] = itemLinks }
                }
                return links
            }
            _ = clock.time("coverage") { calculator.coverage(of: jobDescription, links: links, frameworks: frameworks) }
            // The report needs the whole analysis (roles, suggestions); its matching is cached by now, so this
            // measures little beyond what the stages above did.
            let analysis = analyser.analyse(jobDescription)
            let json = clock.time("rendering JSON") { JSONReport.bytes(of: analysis, catalogue: library.catalogue) }
            _ = clock.time("rendering HTML") { HTMLReport.render(analysis, catalogue: library.catalogue) }
            try clock.time("writing JSON") {
                try Data(json).write(to: output.appendingPathComponent("\(index).json"), options: .atomic)
            }
        }
        clock.report(documents: paths.count, bytes: bytesRead, excluding: startUp)
    }

    static func files(in folder: URL) throws -> [URL] {
        let extensions: Set<String> = ["txt", "md", "html", "docx", "pdf"]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
    }
}

/// Seconds spent in each named stage, in the order stages were first timed.
struct StageClock {
    private var order: [String] = []
    private var seconds: [String: Double] = [:]

    var total: Double { seconds.values.reduce(0, +) }

    mutating func time<Result>(_ stage: String, _ body: () throws -> Result) rethrows -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds[stage] == nil { order.append(stage) }
        seconds[stage, default: 0] += elapsed
        return result
    }

    func report(documents: Int, bytes: Int, excluding startUp: Double) {
        let perDocumentTotal = total - startUp
        print("\(documents) JDs, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, one core")
        print("stage                    total ms   ms per JD   share of per-JD time")
        for stage in order {
            let value = seconds[stage] ?? 0
            let perJD = stage.hasPrefix("load") || stage.hasPrefix("compile") ? "once" : String(format: "%.3f", value * 1000 / Double(max(1, documents)))
            let share = stage.hasPrefix("load") || stage.hasPrefix("compile") ? "" : String(format: "%5.1f%%", value / perDocumentTotal * 100)
            print(stage.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%11.1f", value * 1000) + perJD.leftPadded(12) + share.leftPadded(12))
        }
        print(String(format: "per JD, all stages: %.3f ms (%.0f JDs/s, %.1f MB/s on one core)", perDocumentTotal * 1000 / Double(max(1, documents)),
                     Double(documents) / perDocumentTotal, Double(bytes) / 1e6 / perDocumentTotal))
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
