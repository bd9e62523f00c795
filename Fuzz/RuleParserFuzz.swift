/// libFuzzer entry point for the rule language: parses the bytes as a rule and evaluates it when it parses.
/// Thrown errors are the expected outcome for hostile input; only traps, sanitizer reports and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.rule(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
