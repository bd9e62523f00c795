import Foundation

/// Every file a run will write, worked out before anything is written, so no report overwrites an input,
/// another JD's report or the trust summary.
struct OutputPlan {
    /// Where each planned file comes from, keyed by its full path.
    private(set) var owners: [String: String] = [:]
    let folder: URL
    let command: String

    init(folder: URL, command: String) {
        self.folder = folder
        self.command = command
    }

    /// Claims `names` (relative to the folder) for `owner`; a name already claimed is a usage error naming both.
    mutating func claim(_ names: [String], for owner: String) throws(UsageError) {
        for name in names {
            let path = folder.appendingPathComponent(name).standardizedFileURL.path
            if let other = owners.updateValue(owner, forKey: path), other != owner {
                throw UsageError(command: command, "the reports of \(other) and \(owner) would both be written to \(name); use different --output folders")
            }
        }
    }

    /// A usage error when a planned file is one of the inputs, or when reports would go into a folder being analysed.
    func checkNothingOverwrites(_ inputs: some Sequence<URL>, walkedFolders: [URL]) throws(UsageError) {
        let output = folder.standardizedFileURL.path
        if walkedFolders.contains(where: { $0.standardizedFileURL.path == output }) {
            throw UsageError(command: command, "--output is the folder of JDs being analysed, so its reports would be read as JDs next time; choose another folder")
        }
        for input in inputs where owners[input.standardizedFileURL.path] != nil {
            throw UsageError(command: command, "a report would overwrite the input \(input.lastPathComponent); choose another --output folder")
        }
    }
}
