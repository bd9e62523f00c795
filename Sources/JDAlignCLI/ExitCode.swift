/// The exit statuses of `jdalign`, following BSD `sysexits.h` for errors.
public enum ExitCode: Int32, Sendable {
    /// Everything worked.
    case success = 0
    /// The run worked but found what the user asked to be told about (gaps for `check`, failed files in a batch).
    case findings = 1
    /// `check` could not decide because of an error.
    case checkError = 2
    /// The command was called wrongly (EX_USAGE).
    case usage = 64
    /// An input file is not valid (EX_DATAERR).
    case dataError = 65
    /// An input file cannot be opened (EX_NOINPUT).
    case noInput = 66
    /// An internal error (EX_SOFTWARE).
    case software = 70
    /// An output file cannot be written (EX_CANTCREAT).
    case cannotCreate = 73
}
