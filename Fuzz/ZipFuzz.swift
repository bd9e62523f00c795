/// libFuzzer entry point for the ZIP container and the DEFLATE decoder: opens the bytes as an archive and
/// decompresses every entry, then inflates the same bytes as a raw DEFLATE stream.
/// Thrown errors are the expected outcome for hostile input; only traps, sanitizer reports and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.zip(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
