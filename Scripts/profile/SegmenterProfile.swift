import Foundation

/// Times reading (`DocumentReader.read`) and segmenting (`Segmenter().segment`) of the seed JDs, separately,
/// so a change to either stage shows up in its own figures. Compiled with the library as one module by
/// `Scripts/profile-segmenter`.
@main
enum SegmenterProfile {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let folder = arguments.first else {
            FileHandle.standardError.write(Data("usage: segmenter-profile EXAMPLES-FOLDER [REPEATS]\n".utf8))
            exit(64)
        }
        let repeats = arguments.dropFirst().first.flatMap { Int($0) } ?? 200
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let inputs = try files.map { name in
            (name, Array(try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))))
        }
        let totalBytes = Double(inputs.reduce(0) { $0 + $1.1.count } * repeats)
        let documentCount = Double(inputs.count * repeats)

        var documents: [SourceDocument] = []
        let readStart = DispatchTime.now()
        for _ in 0..<repeats {
            for (name, bytes) in inputs {
                documents.append(try DocumentReader.read(bytes, path: name))
            }
        }
        let readSeconds = seconds(since: readStart)

        var itemCount = 0
        let segmentStart = DispatchTime.now()
        let segmenter = Segmenter()
        for document in documents {
            itemCount += segmenter.segment(document).items.count
        }
        let segmentSeconds = seconds(since: segmentStart)

        var passSeconds = [Double](repeating: 0, count: SegmentationPasses.all.count + 1)
        for document in documents {
            let draftStart = DispatchTime.now()
            var state = SegmentationState(drafts: DraftBuilder.drafts(from: document.blocks))
            passSeconds[0] += seconds(since: draftStart)
            for (index, pass) in SegmentationPasses.all.enumerated() {
                let passStart = DispatchTime.now()
                pass.run(&state)
                passSeconds[index + 1] += seconds(since: passStart)
            }
        }

        report("reading", seconds: readSeconds, documents: documentCount, bytes: totalBytes)
        report("segmenting", seconds: segmentSeconds, documents: documentCount, bytes: totalBytes)
        report("both", seconds: readSeconds + segmentSeconds, documents: documentCount, bytes: totalBytes)
        print("(\(inputs.count) files × \(repeats), \(itemCount) items)")
        let passNames = ["DraftBuilder"] + SegmentationPasses.all.map { String(describing: type(of: $0)) }
        for (name, seconds) in zip(passNames, passSeconds) {
            print("  " + name.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%7.3f s", seconds))
        }
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private static func report(_ stage: String, seconds: Double, documents: Double, bytes: Double) {
        let jdsPerSecond = Int(documents / seconds)
        let megabytesPerSecond = bytes / seconds / 1_000_000
        print(stage.padding(toLength: 11, withPad: " ", startingAt: 0)
              + String(format: "%8.3f s  %7d JDs/s  %7.2f MB/s", seconds, jdsPerSecond, megabytesPerSecond))
    }
}
